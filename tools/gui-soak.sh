#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the GUI on a running example under Xvfb for a while and samples its resident
# memory once a minute with ps, to show that a long live session does not grow.
# Usage: tools/gui-soak.sh [BUILD_DIR]   Environment: GUI_SOAK_MINUTES (60), GUI_SOAK_EXAMPLE (16)
set -eu
BUILD=${1:-build}
MINUTES=${GUI_SOAK_MINUTES:-60}
EXAMPLE=${GUI_SOAK_EXAMPLE:-16}
APP="$BUILD/app/scalelab"
[ -x "$APP" ] || { echo "gui-soak: $APP not built" >&2; exit 1; }
RUNTIME=$(mktemp -d)
chmod 700 "$RUNTIME"
XDG_RUNTIME_DIR=$RUNTIME xvfb-run -a -s "-screen 0 1600x1000x24" "$APP" --example "$EXAMPLE" >"$RUNTIME/gui.log" 2>&1 &
WRAPPER=$!
sleep 5
PID=$(pgrep -n -f "^$APP --example $EXAMPLE" || true)
[ -n "$PID" ] || { echo "gui-soak: the application did not start" >&2; cat "$RUNTIME/gui.log" >&2; exit 1; }
printf '%8s %10s %10s %8s\n' minute rss_MiB vsz_MiB cpu_s
m=0
while [ "$m" -le "$MINUTES" ]; do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "gui-soak: the application exited early" >&2
    cat "$RUNTIME/gui.log" >&2
    exit 1
  fi
  ps -o rss=,vsz=,times= -p "$PID" | awk -v m="$m" '{ printf "%8d %10.1f %10.1f %8d\n", m, $1/1024, $2/1024, $3 }'
  m=$((m + 1))
  [ "$m" -le "$MINUTES" ] && sleep 60
done
kill "$PID" 2>/dev/null || true
wait "$WRAPPER" 2>/dev/null || true
rm -rf "$RUNTIME"
