#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The core against ns-3 and the bare-loop probe, in one invocation of the shared anchor
# harness (see docs/performance.md, section 1). Run from anywhere; paths are taken
# relative to the repository root:
#   bench/anchors/run.sh                    # 1M customers, 3 seeds, no SimPy
#   N=200000 RUNS=1 bench/anchors/run.sh    # quick look
# BUILD (default build-rel) is the Release tree holding scalelab-bench and anchor-probe;
# it is configured and built when missing. ANCHORS overrides the harness location
# (default ../shared/anchors/perf/run_anchors.sh beside the repository). Every other
# knob of the harness (N, RUNS, SCHEDULERS, SKIP_SIMPY, SIMPY_N, WORK) passes through.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
build=${BUILD:-build-rel}
anchors=${ANCHORS:-../shared/anchors/perf/run_anchors.sh}
if [ ! -f "$anchors" ]; then
    echo "bench/anchors/run.sh: the anchor harness is not at $anchors (set ANCHORS=path/to/run_anchors.sh)" >&2
    exit 2
fi
if [ ! -x "$build/bench/scalelab-bench" ] || [ ! -x "$build/bench/anchor-probe" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSCALELAB_CORE_ONLY=ON
    cmake --build "$build" -j2 --target scalelab-bench anchor-probe
fi
bench=$(cd "$build/bench" && pwd)
export SKIP_SIMPY="${SKIP_SIMPY:-1}" N="${N:-1000000}" RUNS="${RUNS:-3}"
export EXTRA_ENGINES="$bench/scalelab-bench $bench/anchor-probe"
exec "$anchors"
