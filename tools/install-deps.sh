#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages ScaleLab needs to build, test and run.
# Works as root, or as a normal user with sudo. Does nothing when all are present.
set -eu
PKGS="build-essential cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools qt6-charts-dev \
qt6-svg-dev libqt6opengl6-dev libqt6svg6 libboost-graph-dev nlohmann-json3-dev libgif-dev \
xvfb xauth libgl-dev fonts-dejavu-core clang libclang-rt-14-dev lld locales qt6-l10n-tools qt6-translations-l10n \
dpkg-dev librsvg2-bin lintian desktop-file-utils appstream libxml2-utils man-db"
[ -n "${SCALELAB_EXTRA_PKGS:-}" ] && PKGS="$PKGS $SCALELAB_EXTRA_PKGS"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
# The decimal-comma locale the hostile-environment tests run the exports under.
ensure_locale() {
  locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$' && return 0
  [ -f /etc/locale.gen ] || return 0
  $SUDO sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
  grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
  $SUDO locale-gen >/dev/null
}
if [ -z "$missing" ]; then ensure_locale; exit 0; fi
echo "Installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2
ensure_locale
