#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the GUI on an example under Xvfb at a chosen speed (default: as fast as it goes)
# for a while and samples its resident memory once a minute with ps, to show that a long
# live session does not grow. The example is copied with a run length far beyond the
# soak, so the simulation is still running when the last sample is taken.
# Usage: tools/gui-soak.sh [BUILD_DIR]
# Environment: GUI_SOAK_MINUTES (60), GUI_SOAK_EXAMPLE (16), GUI_SOAK_SPEED (max, or a
# number: simulated seconds per second), GUI_SOAK_SHOTS (a directory: screenshots of the
# whole screen at minutes 1, 5 and the last one).
set -eu
BUILD=${1:-build}
MINUTES=${GUI_SOAK_MINUTES:-60}
EXAMPLE=${GUI_SOAK_EXAMPLE:-16}
SPEED=${GUI_SOAK_SPEED:-max}
SHOTS=${GUI_SOAK_SHOTS:-}
HERE=$(cd "$(dirname "$0")/.." && pwd)
APP="$BUILD/app/scalelab"
[ -x "$APP" ] || { echo "gui-soak: $APP not built" >&2; exit 1; }
SOURCE=$(ls "$HERE"/examples/"$EXAMPLE"*.json 2>/dev/null | head -n 1)
[ -n "$SOURCE" ] || { echo "gui-soak: no example $EXAMPLE in $HERE/examples" >&2; exit 1; }
RUNTIME=$(mktemp -d)
chmod 700 "$RUNTIME"
SCENARIO="$RUNTIME/$(basename "$SOURCE")"
# 10^7 simulated seconds (about 116 days): more than any soak runs at any speed.
python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
d.setdefault("run", {})["duration_s"] = 1e7
json.dump(d, open(sys.argv[2], "w"), indent=1)' "$SOURCE" "$SCENARIO"
[ -z "$SHOTS" ] || mkdir -p "$SHOTS"
export APP SCENARIO SPEED MINUTES SHOTS RUNTIME
STATUS=0
# Everything runs inside one xvfb-run, so the screenshots can reach the display.
XDG_RUNTIME_DIR=$RUNTIME xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
  "$APP" --speed "$SPEED" "$SCENARIO" >"$RUNTIME/gui.log" 2>&1 &
  PID=$!
  sleep 5
  kill -0 "$PID" 2>/dev/null || { echo "gui-soak: the application did not start" >&2; cat "$RUNTIME/gui.log" >&2; exit 1; }
  printf "%8s %10s %10s %8s\n" minute rss_MiB vsz_MiB cpu_s
  m=0
  while [ "$m" -le "$MINUTES" ]; do
    if ! kill -0 "$PID" 2>/dev/null; then
      echo "gui-soak: the application exited early" >&2
      cat "$RUNTIME/gui.log" >&2
      exit 1
    fi
    ps -o rss=,vsz=,times= -p "$PID" | awk -v m="$m" "{ printf \"%8d %10.1f %10.1f %8d\n\", m, \$1/1024, \$2/1024, \$3 }"
    if [ -n "$SHOTS" ] && { [ "$m" -eq 1 ] || [ "$m" -eq 5 ] || [ "$m" -eq "$MINUTES" ]; }; then
      import -window root "$SHOTS/minute-$m.png" 2>/dev/null || echo "gui-soak: screenshot failed" >&2
    fi
    m=$((m + 1))
    [ "$m" -le "$MINUTES" ] && sleep 60
  done
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
' || STATUS=$?
rm -rf "$RUNTIME"
exit "$STATUS"
