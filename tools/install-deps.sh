#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages ScaleLab needs to build, test and run.
# Works as root, or as a normal user with sudo. Does nothing when all are present.
set -eu
PKGS="build-essential cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools qt6-charts-dev \
qt6-svg-dev libqt6opengl6-dev libqt6svg6 libboost-graph-dev nlohmann-json3-dev libgif-dev \
xvfb xauth libgl-dev fonts-dejavu-core clang libclang-rt-14-dev"
[ -n "${SCALELAB_EXTRA_PKGS:-}" ] && PKGS="$PKGS $SCALELAB_EXTRA_PKGS"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2
