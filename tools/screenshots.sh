#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the screenshots of docs/screenshots/ with the real app under Xvfb.
# Usage: tools/screenshots.sh [build-dir]   (default: build)
# Each state: load a scenario, run N simulated seconds, maybe inject a failure or open a
# mode, then grab the window (QWidget::grab) to docs/screenshots/<state>.png.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
app=$build/app/scalelab
out=$here/docs/screenshots
[ -x "$app" ] || { echo "screenshots: $app not built" >&2; exit 1; }
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 700 "$tmp"
# A private settings and autosave home so no recovery question and no recent files leak in.
export XDG_RUNTIME_DIR="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"

if [ -z "${SCALELAB_IN_XVFB:-}" ]; then
  SCALELAB_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$build"
fi

shot() {
  name=$1; shift
  echo "== $name"
  "$app" --size 1600x1000 --screenshot "$out/$name.png" "$@"
}

shot idle --example 07
shot running --example 08 --run-seconds 60
shot failover --example 08 --run-seconds 40 --inject master_loss:master --after-seconds 50
shot inspector --example 08 --select master
shot spof --example 07 --mode spof
shot multi-dc --example 12 --run-seconds 30
shot dark --example 08 --run-seconds 30 --dark
shot lesson --lesson 06-replication-failover --run-seconds 20
shot presenter --example 08 --run-seconds 30 --mode presenter
# Predict, then reveal: lesson 4's last step, a guess of 300 ms, the experiment played.
shot reveal --lesson 4 --step 3 --predict 300 --mode experiment
# The same step's "Compare designs": four small servers against one big one, five seeds.
shot lesson-compare --lesson 4 --step 3 --mode compare
echo "screenshots in $out"
