#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan+UBSan) in build-fuzz and runs each one for
# FUZZ_SECONDS (default 60), seeded from examples/ and lessons/ copied to a temporary
# directory (nothing is written into the source tree). Fails on any crash, leak, timeout
# or out-of-memory, and prints each target's executions and coverage.
# Targets run FUZZ_PARALLEL at a time (default: number of cores).
# Environment: FUZZ_SECONDS, FUZZ_TARGETS (default: every target built), FUZZ_BUILD_DIR,
#              FUZZ_JOBS (build parallelism, default 2), FUZZ_NICE (default 10),
#              FUZZ_KEEP=1 keeps the work directory (corpus, logs, crash inputs).
set -eu
cd "$(dirname "$0")/.."
SRC=$(pwd)
SECONDS_PER=${FUZZ_SECONDS:-60}
BUILD=${FUZZ_BUILD_DIR:-build-fuzz}
JOBS=${FUZZ_JOBS:-2}
NICE=${FUZZ_NICE:-10}
GEN=""
command -v ninja >/dev/null 2>&1 && GEN="-G Ninja"
CLANG=$(command -v clang++ || command -v clang++-14 || true)
CLANGC=$(command -v clang || command -v clang-14 || true)
if [ -z "$CLANG" ]; then
  echo "fuzz.sh: clang++ not found (tools/install-deps.sh installs clang and libclang-rt-14-dev)" >&2
  exit 1
fi

# shellcheck disable=SC2086
CC=$CLANGC CXX=$CLANG cmake -S . -B "$BUILD" $GEN -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSCALELAB_FUZZ=ON -DSCALELAB_CORE_ONLY=ON -DCMAKE_CXX_FLAGS="-O1 -g1" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" >/dev/null
TARGETS=${FUZZ_TARGETS:-"fuzz_scenario fuzz_lesson fuzz_cli fuzz_simulate"}
cmake --build "$BUILD" --target help >"$BUILD/targets.txt" 2>&1 || true
BUILT=""
for t in $TARGETS; do
  if grep -q "$t" "$BUILD/targets.txt"; then
    BUILT="$BUILT $t"
  fi
done
# shellcheck disable=SC2086
nice -n "$NICE" cmake --build "$BUILD" -j "$JOBS" --target $BUILT

WORK=$(mktemp -d "${TMPDIR:-/tmp}/scalelab-fuzz.XXXXXX")
if [ "${FUZZ_KEEP:-0}" != 1 ]; then
  trap 'rm -rf "$WORK"' EXIT
else
  echo "fuzz.sh: work directory $WORK" >&2
fi

# Seeds: every scenario and lesson file, plus a few CLI command lines.
mkdir -p "$WORK/seeds-json" "$WORK/seeds-lesson" "$WORK/seeds-cli"
find examples lessons -name '*.json' ! -name lesson.json -type f 2>/dev/null | while read -r f; do
  cp "$f" "$WORK/seeds-json/$(echo "$f" | tr '/' '_')"
done
find lessons -name lesson.json -type f 2>/dev/null | while read -r f; do
  cp "$f" "$WORK/seeds-lesson/$(echo "$f" | tr '/' '_')"
done
printf 'run\nexamples/01-single-server.json\n--seed\n7\n--duration\n30' >"$WORK/seeds-cli/run"
printf 'validate\nx.json' >"$WORK/seeds-cli/validate"
printf 'export\nx.json\n--format\npng,svg,gif\n--width\n800\n--height\n600\n--out\nd' >"$WORK/seeds-cli/export"
printf 'sweep\nx.json\n--users\n1000,10000,100000\n--jobs\n2\n--summary-json\n-' >"$WORK/seeds-cli/sweep"
printf 'sweep\nx.json\n--param\n/components/2/params/workers\n--values\n1,2,4' >"$WORK/seeds-cli/param"

PARALLEL=${FUZZ_PARALLEL:-$(nproc)}
printf '%-15s %8s %12s %10s %8s %8s\n' target seconds execs exec/s cov ft >"$WORK/table"
# Runs one target; writes its table row to $WORK/$t.row and "fail" to $WORK/$t.status on failure.
run_one() {
  t=$1
  case $t in
    fuzz_cli) seeds="$WORK/seeds-cli"; maxlen=4096; dict="" ;;
    fuzz_lesson) seeds="$WORK/seeds-lesson"; maxlen=65536; dict="-dict=$SRC/fuzz/scenario.dict" ;;
    *) seeds="$WORK/seeds-json"; maxlen=65536; dict="-dict=$SRC/fuzz/scenario.dict" ;;
  esac
  corpus="$WORK/corpus-$t"
  mkdir -p "$corpus" "$WORK/artifacts-$t"
  echo "== $t for ${SECONDS_PER}s ==" >&2
  # shellcheck disable=SC2086
  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     nice -n "$NICE" "$BUILD/fuzz/$t" "$corpus" "$seeds" $dict -max_len=$maxlen -timeout=10 \
       -rss_limit_mb=2048 -max_total_time="$SECONDS_PER" -print_final_stats=1 \
       -artifact_prefix="$WORK/artifacts-$t/" >"$WORK/$t.log" 2>&1; then
    :
  else
    echo fail >"$WORK/$t.status"
    echo "fuzz.sh: $t FAILED; last lines of its log:" >&2
    tail -n 60 "$WORK/$t.log" >&2
    for a in "$WORK/artifacts-$t"/*; do
      [ -f "$a" ] || continue
      mkdir -p "$BUILD/fuzz-artifacts"
      cp "$a" "$BUILD/fuzz-artifacts/$t-$(basename "$a")"
      echo "fuzz.sh: failing input kept as $BUILD/fuzz-artifacts/$t-$(basename "$a")" >&2
    done
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$WORK/$t.log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$WORK/$t.log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$WORK/$t.log" | tail -n 1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$WORK/$t.log" | tail -n 1 | cut -d' ' -f2)
  printf '%-15s %8s %12s %10s %8s %8s\n' "$t" "$SECONDS_PER" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" >"$WORK/$t.row"
}
# Each target is single-threaded: run as many at once as there are cores.
running=0
for t in $BUILT; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$PARALLEL" ]; then
    wait
    running=0
  fi
done
wait
status=0
for t in $BUILT; do
  cat "$WORK/$t.row" >>"$WORK/table" 2>/dev/null || true
  [ -f "$WORK/$t.status" ] && status=1
done
cat "$WORK/table" >&2
[ "$status" = 0 ] || echo "fuzz.sh: at least one fuzz target failed" >&2
exit $status
