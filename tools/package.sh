#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of ScaleLab (docs/packaging.md).
#   tools/package.sh [BUILD_DIR]
# BUILD_DIR (default build/) is configured when it has no CMakeCache.txt yet; only what is
# installed is built there (scalelab, scalelab-cli and their data), then CPack writes
# scalelab_<version>-<release>_<arch>.deb into $PKG_OUT (default build/pkg/). The path of
# the .deb is the only thing written to standard output (progress goes to standard error).
# Environment: JOBS (default: number of cores), PKG_OUT.
# Needs dpkg-dev (dpkg-shlibdeps computes Depends), librsvg2-bin (the PNG icons) and
# qt6-l10n-tools (the .qm files); tools/install-deps.sh installs them.
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
JOBS=${JOBS:-$(nproc)}
PKG_OUT=${PKG_OUT:-build/pkg}

for tool in dpkg-shlibdeps dpkg-deb rsvg-convert; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "package.sh: $tool not found (run tools/install-deps.sh)" >&2
    exit 1
  fi
done

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  GEN=""
  command -v ninja >/dev/null 2>&1 && GEN="-G Ninja"
  # shellcheck disable=SC2086
  cmake -S . -B "$BUILD" $GEN -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
if grep -q '^SCALELAB_CORE_ONLY:BOOL=ON' "$BUILD/CMakeCache.txt"; then
  echo "package.sh: $BUILD is a core-only build (no GUI); use another build folder" >&2
  exit 1
fi
cmake --build "$BUILD" -j "$JOBS" --target scalelab scalelab-cli scalelab_data >&2

mkdir -p "$PKG_OUT"
OUT=$(cd "$PKG_OUT" && pwd)
rm -f "$OUT"/scalelab_*.deb
cpack --config "$BUILD/CPackConfig.cmake" -B "$OUT" >&2
# CPack's scratch tree is not part of the result.
rm -rf "$OUT/_CPack_Packages"
set -- "$OUT"/scalelab_*.deb
if [ ! -f "$1" ]; then
  echo "package.sh: CPack wrote no scalelab_*.deb into $OUT" >&2
  exit 1
fi
echo "$1"
