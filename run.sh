#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds ScaleLab and opens the app.
# Extra arguments are passed to the app (for example a scenario file to open).
set -eu
cd "$(dirname "$0")"
./tools/install-deps.sh
GEN=""
command -v ninja >/dev/null 2>&1 && GEN="-G Ninja"
# shellcheck disable=SC2086
cmake -S . -B build $GEN -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
if [ -x build/app/scalelab ]; then
  exec build/app/scalelab "$@"
fi
echo "The desktop app is not built yet; running the default example headless." >&2
exec build/app/scalelab-cli run examples/01-single-server.json --summary-json -
