#!/usr/bin/env bash
# offload.sh - throughput of the thread pool: J trivial blocking jobs with
# 256 in flight, in asyncc (ac_blocking) and libuv (uv_queue_work), both
# with their default 4 pool threads.
#
#     bash bench/offload.sh [-n RUNS] [--jobs J] [--asyncc PATH] [--runtime LIBASYNCC.A]
#
# Peers (sources in bench/offload/): asyncc (asyncc.c, gcc -O2) and libuv
# (uv.c, gcc -O2, libuv1-dev). Each prints jobs/s (wall time from the first
# submission to the last completion). Every peer runs once per round, RUNS
# rounds (default 7), alternating; medians and the ratio are printed, then
# the target (asyncc >= 1.0x libuv); exit status 1 if it is missed. The
# figures vary by tens of percent from run to run on a shared machine:
# trust medians of many rounds only.
set -eu

. "$(dirname "$0")/micro.sh"
NAME=offload
RUNS=${RUNS:-7}
JOBS=${JOBS:-200000}
METRIC=wall
ASYNCC=${ASYNCC:-$ROOT/build/bin/asyncc}
RUNTIME_LIB=${RUNTIME_LIB:-$ROOT/build/runtime/libasyncc.a}

while [ $# -gt 0 ]; do
  case $1 in
  -n) RUNS=$2; shift 2 ;;
  --jobs) JOBS=$2; shift 2 ;;
  --asyncc) ASYNCC=$2; shift 2 ;;
  --runtime) RUNTIME_LIB=$2; shift 2 ;;
  -h | --help) micro_usage ;;
  *) echo "$0: unknown option '$1'" >&2; micro_usage ;;
  esac
done
micro_check_options
[ "$JOBS" -ge 1000 ] 2>/dev/null || { echo "$0: --jobs must be at least 1000" >&2; exit 2; }
pkg-config --exists libuv || { echo "$0: libuv not found (apt-get install libuv1-dev)" >&2; exit 1; }
unset UV_THREADPOOL_SIZE ASYNCC_THREADPOOL_SIZE

micro_init
S=$ROOT/bench/offload
build_asyncc asyncc "$S/asyncc.c" gcc
# shellcheck disable=SC2046
gcc -O2 "$S/uv.c" $(pkg-config --cflags --libs libuv) -o "$WORK/bin/libuv"
add_peer libuv "gcc -O2 uv.c -luv"

n=${#PEERS[@]}
echo "$NAME: $RUNS rounds of ${PEERS[*]}, $JOBS jobs; files in $WORK" >&2
for round in $(seq 1 "$RUNS"); do
  printf 'round %d/%d\r' "$round" "$RUNS" >&2
  for k in $(seq 0 $((n - 1))); do
    peer=${PEERS[(k + round) % n]}
    line=$("$WORK/bin/$peer" "$JOBS")
    rate=$(sed -n 's/.*jobs_per_s=\([0-9]*\).*/\1/p' <<<"$line")
    [ -n "$rate" ] || { echo "$0: $peer printed '$line'" >&2; exit 1; }
    echo "$rate" >>"$WORK/results/$peer"
  done
done
echo >&2

printf '%-8s %12s %8s %8s  %s\n' peer jobs/s min max build
for p in "${PEERS[@]}"; do
  printf '%-8s %12s %8s %8s  %s\n' "$p" "$(med "$p" 1)" "$(sort -n "$WORK/results/$p" | head -1)" \
    "$(sort -n "$WORK/results/$p" | tail -1)" "$(build_of "$p")"
done
r=$(ratio "$(med asyncc 1)" "$(med libuv 1)")
echo
echo "asyncc/libuv jobs/s: ${r}x"
# check fails above the limit: judge libuv/asyncc <= 1.0.
check "libuv/asyncc jobs/s (<= 1.0)" 1.0 "$(ratio "$(med libuv 1)" "$(med asyncc 1)")"

# The machine-readable summary for bench/run (see micro.sh), if asked for.
if summary_on; then
  summary_info work "$JOBS trivial blocking jobs, 256 in flight, default 4 pool threads"
  summary_info rounds "$RUNS"
  for p in "${PEERS[@]}"; do
    summary_stats "$p" jobs/s "$WORK/results/$p" 1 1 %.0f
    summary "$p" build "$(build_of "$p")"
  done
  summary asyncc /libuv "$r"
  summary libuv /libuv 1.00
  # The chart's ratios are costs: asyncc's time per job over libuv's.
  summary_ratio "asyncc/libuv time per job" "$(ratio "$(med libuv 1)" "$(med asyncc 1)")" 1.0
fi
micro_verdict
