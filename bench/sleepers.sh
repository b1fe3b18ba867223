#!/usr/bin/env bash
# sleepers.sh - memory per sleeping task: N tasks each awaiting a 1-second
# sleep once, their handles in one array, in asyncc, C++20 coroutines with a
# timer heap, and libuv with one uv_timer_t per task.
#
#     bash bench/sleepers.sh [-n RUNS] [--tasks N] [--asyncc PATH] [--runtime LIBASYNCC.A]
#
# Peers (sources in bench/sleepers/):
#   asyncc    asyncc.c translated by asyncc, gcc -O2
#   g++       coro.cc, g++ -O2 -std=c++20 (clang++ too, when it builds it)
#   libuv     uv.c, gcc -O2, the system's libuv (libuv1-dev)
# Each program prints its peak RSS (VmHWM) and its RSS before the first
# task; bytes/task = (peak - before) / N. Every peer runs once per round,
# RUNS rounds (default 5), alternating; medians are printed with ratios,
# then the target (asyncc <= 80 bytes/task); exit status 1 if it is missed.
set -eu

. "$(dirname "$0")/micro.sh"
NAME=sleepers
RUNS=${RUNS:-5}
TASKS=${TASKS:-1000000}
METRIC=cpu
ASYNCC=${ASYNCC:-$ROOT/build/bin/asyncc}
RUNTIME_LIB=${RUNTIME_LIB:-$ROOT/build/runtime/libasyncc.a}

while [ $# -gt 0 ]; do
  case $1 in
  -n) RUNS=$2; shift 2 ;;
  --tasks) TASKS=$2; shift 2 ;;
  --asyncc) ASYNCC=$2; shift 2 ;;
  --runtime) RUNTIME_LIB=$2; shift 2 ;;
  -h | --help) micro_usage ;;
  *) echo "$0: unknown option '$1'" >&2; micro_usage ;;
  esac
done
micro_check_options
[ "$TASKS" -ge 1000 ] 2>/dev/null || { echo "$0: --tasks must be at least 1000" >&2; exit 2; }
pkg-config --exists libuv || { echo "$0: libuv not found (apt-get install libuv1-dev)" >&2; exit 1; }

micro_init
S=$ROOT/bench/sleepers
build_asyncc asyncc "$S/asyncc.c" gcc
build_cxx g++ "$S/coro.cc" g++ -O2 -std=c++20
build_cxx clang++ "$S/coro.cc" clang++ -O2 -std=c++20
# shellcheck disable=SC2046
gcc -O2 "$S/uv.c" $(pkg-config --cflags --libs libuv) -o "$WORK/bin/libuv"
add_peer libuv "gcc -O2 uv.c -luv"

n=${#PEERS[@]}
echo "$NAME: $RUNS rounds of ${PEERS[*]}, $TASKS tasks; files in $WORK" >&2
for round in $(seq 1 "$RUNS"); do
  printf 'round %d/%d\r' "$round" "$RUNS" >&2
  for k in $(seq 0 $((n - 1))); do
    peer=${PEERS[(k + round) % n]}
    line=$("$WORK/bin/$peer" "$TASKS")
    peak=$(sed -n 's/.*peak_rss_kb=\([0-9]*\).*/\1/p' <<<"$line")
    rss0=$(sed -n 's/.*rss0_kb=\([0-9]*\).*/\1/p' <<<"$line")
    [ -n "$peak" ] && [ -n "$rss0" ] || { echo "$0: $peer printed '$line'" >&2; exit 1; }
    awk -v p="$peak" -v r="$rss0" -v n="$TASKS" 'BEGIN { printf "%.1f\n", (p - r) * 1024 / n }' \
      >>"$WORK/results/$peer"
  done
done
echo >&2

printf '%-10s %12s %9s  %s\n' peer bytes/task vs-asyncc build
base=$(med asyncc 1)
for p in "${PEERS[@]}"; do
  printf '%-10s %12s %9s  %s\n' "$p" "$(med "$p" 1)" "$(ratio "$(med "$p" 1)" "$base")" "$(build_of "$p")"
done
echo
check "asyncc bytes per sleeping task (<= 80)" 80 "$base"

# The machine-readable summary for bench/run (see micro.sh), if asked for.
if summary_on; then
  summary_info work "$TASKS tasks sleeping 1 s each; bytes/task = (peak RSS - RSS before) / tasks"
  summary_info rounds "$RUNS"
  for p in "${PEERS[@]}"; do
    summary_stats "$p" bytes/task "$WORK/results/$p" 1 1 %.1f
    summary "$p" vs-asyncc "$(ratio "$(med "$p" 1)" "$base")"
    summary "$p" build "$(build_of "$p")"
  done
  for p in g++ clang++ libuv; do
    has_peer "$p" && summary_ratio "asyncc/$p bytes" "$(ratio "$base" "$(med "$p" 1)")"
  done
fi
micro_verdict
