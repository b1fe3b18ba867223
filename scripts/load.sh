#!/usr/bin/env bash
# load.sh - the full load and fault tests of the example servers
# (tests/e2e/load.sh with LOAD_MODE=full): a 60-second wrk soak with VmRSS
# sampled every second, 10,000 connections in bursts, 5,000 idle
# connections held while others are served, resets mid-request, descriptor
# exhaustion and recovery. Loopback only; takes a few minutes; not part of
# the default CI, which runs the shortened version (CTest e2e_load).
# Needs wrk (scripts/deps.sh) and a hard descriptor limit of ~7,000 (the
# idle part holds fewer connections otherwise, and says so).
# Usage: scripts/load.sh [BUILD_DIR]   (default build/, configured if needed)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
[ -f "$build/build.ninja" ] || [ -f "$build/Makefile" ] ||
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target asyncc echo_server http_server echo_check conn_load >/dev/null
export ASYNCC=$PWD/$build/bin/asyncc SRC_DIR=$PWD BUILD_DIR=$PWD/$build E2E_DIR=$PWD/tests/e2e
LOAD_MODE=full exec bash "$PWD/tests/e2e/load.sh"
