#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds ScaleLab and runs every test:
#   1. the normal build (core, ui, app, bench) and all its tests;
#   2. the core, lesson and UI tests again with AddressSanitizer + UndefinedBehaviorSanitizer;
#   3. the Debian package: built from the normal build (tools/package.sh), checked with
#      lintian, installed into a scratch root (PKG_INSTALL=system: on this machine, as CI
#      does), its validators run and its programs started (tools/check-package.sh);
#   4. short libFuzzer runs of the input parsers (when the fuzz targets exist).
# Environment: JOBS (default: number of cores), SKIP_SANITIZE=1, SKIP_PACKAGE=1,
# SKIP_FUZZ=1, FUZZ_SECONDS (45), PKG_INSTALL (scratch or system), PKG_OUT (build/pkg).
set -eu
cd "$(dirname "$0")"
./tools/install-deps.sh
JOBS=${JOBS:-$(nproc)}
GEN=""
command -v ninja >/dev/null 2>&1 && GEN="-G Ninja"

stage() { echo "== $1 ($(date -u +%H:%M:%S)) ==" >&2; }
stage build
# shellcheck disable=SC2086
cmake -S . -B build $GEN -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$JOBS"
stage tests
ctest --test-dir build --output-on-failure -j "$JOBS"

if [ "${SKIP_PACKAGE:-0}" != 1 ]; then
  stage "Debian package (build, lintian, install, run the installed programs)"
  DEB=$(JOBS="$JOBS" tools/package.sh build) # its only output: the path of the .deb
  tools/check-package.sh "$DEB"
fi

if [ "${SKIP_SANITIZE:-0}" != 1 ]; then
  stage "sanitizers (ASan + UBSan: core, lessons, UI)"
  # shellcheck disable=SC2086
  # -g1 (line tables) is all a sanitizer report needs and compiles a quarter faster.
  cmake -S . -B build-asan $GEN -DCMAKE_BUILD_TYPE=Debug -DSCALELAB_CORE_ONLY=OFF -DSCALELAB_SANITIZE=ON \
    -DCMAKE_CXX_FLAGS="-O1" -DCMAKE_CXX_FLAGS_DEBUG="-g1" >/dev/null
  # Only what the sanitized tests need: the CLI and the test executables (their ctest
  # names are their target names); the GUI app, benchmarks and soak are left out.
  # The UI tests found a use-after-free at window destruction that no other test saw.
  SAN_TARGETS=$(ctest --test-dir build-asan -N -L 'core|lessons|ui' | sed -n 's/^ *Test *#[0-9]*: *//p')
  # shellcheck disable=SC2086
  cmake --build build-asan -j "$JOBS" --target scalelab-cli $SAN_TARGETS
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$JOBS" -L 'core|lessons|ui'
fi

if [ "${SKIP_FUZZ:-0}" != 1 ] && [ -x tools/fuzz.sh ]; then
  stage fuzzing
  FUZZ_SECONDS=${FUZZ_SECONDS:-45} ./tools/fuzz.sh
fi
stage "all tests passed"
