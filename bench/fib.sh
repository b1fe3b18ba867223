#!/usr/bin/env bash
# fib.sh - the cost of an awaited call that does not suspend: recursive
# fib(N) where every call is awaited, in asyncc, plain C and C++20 coroutines.
#
#     bash bench/fib.sh [-n RUNS] [--fib N] [--reps REPS] [--metric cpu|wall]
#                       [--asyncc PATH] [--runtime LIBASYNCC.A]
#
# Peers (sources in bench/fib/, see bench/README.md):
#   asyncc         fib/asyncc.c translated by asyncc, compiled with gcc -O2
#                  (the README's build: cc is gcc here)
#   asyncc-clang   the same translated with clang -E, compiled with clang -O2
#   c              fib/plain.c, gcc -O2 -fno-inline -fno-optimize-sibling-calls:
#                  every fib a real call, the lower bound
#   g++, clang++   fib/coro.cc, a lazy task<int> with symmetric transfer and
#                  default frame allocation, -O2 -std=c++20 (g++: -fcoroutines)
# Every program computes fib(N) (default 30: 2*fib(N+1)-1 = 2,692,537 calls)
# REPS times in one process (default 10), so that process start-up is well
# under 1% of a run; each peer runs once per round, RUNS rounds (default 7),
# alternating. Prints median ms, ns per call, ratios and peak RSS, then the
# targets (asyncc <= 0.5x g++, <= 8x plain C); exit status 1 if one is missed.
#
# Environment: BENCH_DIR (default ${TMPDIR:-/tmp}/asyncc-bench; this script
# works in $BENCH_DIR/fib, never in the repository), RUNS, FIB_N, REPS,
# METRIC, ASYNCC, RUNTIME_LIB (the options override them).
set -eu

. "$(dirname "$0")/micro.sh"
NAME=fib
RUNS=${RUNS:-7}
FIB_N=${FIB_N:-30}
REPS=${REPS:-10}
# CPU time (user+sys) is the default judge: on a shared 2-core machine wall
# time also counts waiting for a core. Both are printed.
METRIC=${METRIC:-cpu}
ASYNCC=${ASYNCC:-$ROOT/build/bin/asyncc}
RUNTIME_LIB=${RUNTIME_LIB:-$ROOT/build/runtime/libasyncc.a}

while [ $# -gt 0 ]; do
  case $1 in
  -n) RUNS=$2; shift 2 ;;
  --fib) FIB_N=$2; shift 2 ;;
  --reps) REPS=$2; shift 2 ;;
  --metric) METRIC=$2; shift 2 ;;
  --asyncc) ASYNCC=$2; shift 2 ;;
  --runtime) RUNTIME_LIB=$2; shift 2 ;;
  -h | --help) micro_usage ;;
  *) echo "$0: unknown option '$1'" >&2; micro_usage ;;
  esac
done
micro_check_options
[ "$FIB_N" -ge 2 ] && [ "$FIB_N" -le 40 ] 2>/dev/null || { echo "$0: --fib is 2..40" >&2; exit 2; }
[ "$REPS" -ge 1 ] 2>/dev/null || { echo "$0: --reps must be a positive number" >&2; exit 2; }
for tool in gcc clang objdump; do
  command -v $tool >/dev/null || { echo "$0: $tool not installed" >&2; exit 1; }
done

micro_init
# fib(N), and the calls that computing it makes: C(n) = C(n-1) + C(n-2) + 1
# with C(0) = C(1) = 1, that is 2*fib(N+1) - 1 (the outermost call included).
read -r FIB CALLS < <(awk -v n="$FIB_N" 'BEGIN {
  a = 0; b = 1; for (i = 0; i < n; i++) { t = a + b; a = b; b = t }
  printf "%d %d\n", a, 2 * b - 1 }')
OPS=$((CALLS * REPS))

S=$ROOT/bench/fib
build_asyncc asyncc "$S/asyncc.c" gcc
build_asyncc asyncc-clang "$S/asyncc.c" clang
gcc -O2 -fno-inline -fno-optimize-sibling-calls "$S/plain.c" -o "$WORK/bin/c"
add_peer c "gcc -O2 -fno-inline -fno-optimize-sibling-calls"
# The plain C peer is only a fair lower bound if fib really calls itself
# twice: no inlining, no recursion turned into a loop.
ncalls=$(objdump -d --no-show-raw-insn "$WORK/bin/c" |
  awk '/^[0-9a-f]+ <fib>:/ { in_fib = 1; next } /^$/ { in_fib = 0 } in_fib && /call.*<fib>/ { n++ } END { print n + 0 }')
[ "$ncalls" -eq 2 ] || { echo "$0: plain C fib makes $ncalls calls to itself, not 2" >&2; exit 1; }
build_cxx g++ "$S/coro.cc" g++ -O2 -std=c++20 -fcoroutines
build_cxx clang++ "$S/coro.cc" clang++ -O2 -std=c++20

# Every peer must compute the right value before it is timed.
for p in "${PEERS[@]}"; do
  check_output "$p" "$FIB" "$FIB_N" 1
done

peer_argv() { ARGV=("$WORK/bin/$1" "$FIB_N" "$REPS"); }
micro_rounds

ref() { has_peer "$2" && ratio "$(judged "$1")" "$(judged "$2")" || echo -; }
echo
echo "== fib($FIB_N) x $REPS: $CALLS calls each, $OPS calls per run; medians of $RUNS runs"
echo "   (ns/call and ratios on $METRIC time; cpu = user+sys)"
printf '%-13s %9s %9s %8s %7s %7s %8s\n' peer "cpu ms" "wall ms" ns/call "/g++" "/c" "RSS MiB"
for p in "${PEERS[@]}"; do
  printf '%-13s %9s %9s %8s %7s %7s %8s\n' "$p" "$(ms "$(med "$p" 2)")" "$(ms "$(med "$p" 1)")" \
    "$(ns_per "$p" "$OPS")" "$(ref "$p" g++)" "$(ref "$p" c)" "$(mib "$(med "$p" 3)")"
done
echo
echo "builds:"
for p in "${PEERS[@]}"; do
  printf '  %-13s %s\n' "$p" "$(build_of "$p")"
done

echo
echo "== targets (judged on $METRIC time, asyncc built with gcc)"
printf '%-44s %7s %7s  %s\n' target value limit result
v() { has_peer "$1" && has_peer "$2" && ratio "$(judged "$1")" "$(judged "$2")" || true; }
check "asyncc / g++ coroutines" 0.50 "$(v asyncc g++)"
check "asyncc / plain C" 8.00 "$(v asyncc c)"

# The machine-readable summary for bench/run (see micro.sh), if asked for.
if summary_on; then
  summary_info work "fib($FIB_N) x $REPS per run: $OPS awaited calls"
  summary_info rounds "$RUNS"
  summary_info judged "$METRIC time"
  for p in "${PEERS[@]}"; do
    summary_stats "$p" "cpu ms" "$WORK/results/$p" 2 1000 %.1f
    summary_stats "$p" "wall ms" "$WORK/results/$p" 1 1000 %.1f
    summary "$p" ns/call "$(ns_per "$p" "$OPS")"
    summary "$p" /g++ "$(ref "$p" g++)"
    summary "$p" /c "$(ref "$p" c)"
    summary "$p" "RSS MiB" "$(mib "$(med "$p" 3)")"
    summary "$p" build "$(build_of "$p")"
  done
  has_peer g++ && summary_ratio "asyncc/g++" "$(v asyncc g++)" 0.50
  has_peer clang++ && summary_ratio "asyncc/clang++" "$(v asyncc clang++)"
  summary_ratio "asyncc/c" "$(v asyncc c)" 8.00
fi
micro_verdict
