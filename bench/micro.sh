# micro.sh - what bench/fib.sh and bench/yield.sh share; sourced, not run.
#
# Both build the same work in several "peers" (asyncc, C++20 coroutines,
# plain C or ucontext), run them in alternating rounds under bench/measure.c
# and compare medians. The caller sets, before micro_init:
#   NAME      the benchmark's name: its files go to $BENCH_DIR/NAME
#   RUNS      rounds (every peer runs once per round)
#   METRIC    cpu or wall: what the ratios and ns/op are judged on
#   ASYNCC    the translator; RUNTIME_LIB the runtime archive
# and defines peer_argv PEER, which sets ARGV to the command of one run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/asyncc-bench}

# micro_usage: the calling script's header comment, then exit 2.
micro_usage() {
  awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"
  exit 2
}

micro_check_options() {
  case $METRIC in cpu | wall) ;; *) echo "$0: --metric is cpu or wall" >&2; exit 2 ;; esac
  [ "$RUNS" -ge 1 ] 2>/dev/null || { echo "$0: RUNS must be a positive number" >&2; exit 2; }
  [ -x "$ASYNCC" ] && [ -s "$ASYNCC" ] ||
    { echo "$0: no asyncc at $ASYNCC (build it first, or --asyncc PATH)" >&2; exit 1; }
  [ -s "$RUNTIME_LIB" ] ||
    { echo "$0: no runtime at $RUNTIME_LIB (build it first, or --runtime PATH)" >&2; exit 1; }
}

# micro_init: the work directory, the measuring helper and snapshots of the
# translator and the runtime (copied, so that a rebuild of build/ during the
# run cannot mix two versions; asyncc finds <asyncc.h> in ../include next to
# itself, hence the symlink).
micro_init() {
  WORK=$BENCH_DIR/$NAME
  # tool/: measure and the snapshots; bin/: the peers; src/: translated C;
  # results/: one "wall_us cpu_us maxrss_kib" line per run, per peer.
  mkdir -p "$WORK/tool" "$WORK/bin" "$WORK/src" "$WORK/results"
  rm -f "$WORK"/tool/* "$WORK"/results/* "$WORK"/bin/* "$WORK"/src/*
  cc -O2 -o "$WORK/tool/measure" "$ROOT/bench/measure.c"
  MEASURE=$WORK/tool/measure
  cp "$ASYNCC" "$WORK/tool/asyncc"
  cp "$RUNTIME_LIB" "$WORK/tool/libasyncc.a"
  ln -sfn "$ROOT/runtime/include" "$WORK/include"
  A=$WORK/tool/asyncc
  PEERS=()
}

# add_peer PEER DESCRIPTION: PEER built; it takes part in the rounds.
add_peer() {
  PEERS+=("$1")
  printf '%s\n' "$2" >"$WORK/results/$1.build"
}
build_of() { cat "$WORK/results/$1.build"; }

# build_asyncc PEER SRC CC: translate SRC with CC's preprocessor (the output
# of gcc -E carries gcc-only attributes that clang rejects, and vice versa)
# and compile it with CC -O2 against the runtime snapshot. The translated
# C stays in $WORK/src for reading and profiling.
build_asyncc() {
  local peer=$1 src=$2 cc=$3 out=$WORK/src/$1.out.c
  "$A" --cpp="$cc -E" "$src" -o "$out"
  "$cc" -O2 -I"$ROOT/runtime/include" "$out" "$WORK/tool/libasyncc.a" -o "$WORK/bin/$peer"
  add_peer "$peer" "asyncc --cpp='$cc -E' + $cc -O2 (generated C: $out)"
}

# build_cxx PEER SRC CXX FLAGS...: a C++20 coroutine peer. A compiler that
# cannot build it is reported and left out, not fatal: clang++ with an
# older libstdc++ is known to fail on <coroutine>. For clang++ the fallback
# is libc++ (-stdlib=libc++, Debian package libc++-14-dev), if installed.
build_cxx() {
  local peer=$1 src=$2 cxx=$3 log=$WORK/results/$1.build-log
  shift 3
  command -v "$cxx" >/dev/null || { echo "$0: $cxx not installed: no $peer peer" >&2; return 0; }
  if "$cxx" "$@" "$src" -o "$WORK/bin/$peer" 2>"$log"; then
    add_peer "$peer" "$cxx $*"
    return 0
  fi
  if [ "${cxx#clang}" != "$cxx" ] &&
    "$cxx" -stdlib=libc++ "$@" "$src" -o "$WORK/bin/$peer" 2>>"$log"; then
    add_peer "$peer" "$cxx -stdlib=libc++ $*"
    return 0
  fi
  echo "$0: $cxx $* cannot build $src: no $peer peer; first errors (all in $log):" >&2
  grep -m 3 'error' "$log" >&2 || true
}

# check_output PEER EXPECTED ARGS...: one run outside the measurements,
# which must print EXPECTED (the program's self-check).
check_output() {
  local peer=$1 want=$2 got
  shift 2
  got=$("$WORK/bin/$peer" "$@")
  if [ "$got" != "$want" ]; then
    echo "$0: $peer $* printed '$got', expected '$want'" >&2
    exit 1
  fi
}

# micro_rounds: RUNS rounds; each runs every peer once, starting at a
# different peer every round, so that load from other jobs on the shared
# machine falls on all peers alike instead of on whichever ran during a burst.
micro_rounds() {
  local n=${#PEERS[@]} round k peer
  echo "$NAME: $RUNS rounds of ${PEERS[*]}; files in $WORK" >&2
  for round in $(seq 1 "$RUNS"); do
    printf 'round %d/%d\r' "$round" "$RUNS" >&2
    for k in $(seq 0 $((n - 1))); do
      peer=${PEERS[(k + round) % n]}
      peer_argv "$peer"
      if ! "$MEASURE" "${ARGV[@]}" >>"$WORK/results/$peer"; then
        echo "$0: failed: ${ARGV[*]}" >&2
        exit 1
      fi
    done
  done
  echo >&2
}

# med PEER FIELD: median of a field of the runs (1 wall us, 2 cpu us, 3 rss KiB).
med() {
  cut -d' ' -f"$2" "$WORK/results/$1" | sort -n |
    awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# judged PEER: median time in us on the judging metric.
judged() {
  if [ "$METRIC" = wall ]; then med "$1" 1; else med "$1" 2; fi
}
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.2f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# ns_per PEER OPS: judged time per operation, ns.
ns_per() { awk -v us="$(judged "$1")" -v n="$2" 'BEGIN { printf "%.2f", us * 1000 / n }'; }
has_peer() {
  local p
  for p in "${PEERS[@]}"; do [ "$p" = "$1" ] && return 0; done
  return 1
}

# check NAME LIMIT VALUE: one target line; counts the misses in FAILS. The
# target also goes to the summary (a missing peer counts as FAIL there).
FAILS=0
check() {
  local res=PASS
  if [ -z "$3" ]; then
    res="n/a (peer missing)"
    FAILS=$((FAILS + 1))
  elif awk -v v="$3" -v l="$2" 'BEGIN { exit !(v > l) }'; then
    res=FAIL
    FAILS=$((FAILS + 1))
  fi
  printf '%-44s %7s %7s  %s\n' "$1" "$3" "$2" "$res"
  if [ "$res" = PASS ]; then summary_target "$1" "$3" "$2" PASS; else summary_target "$1" "${3:-n/a}" "$2" FAIL; fi
}
micro_verdict() {
  echo
  if [ "$FAILS" -eq 0 ]; then
    echo "all targets met"
  else
    echo "$FAILS target(s) missed"
    exit 1
  fi
}

# The machine-readable summary, for bench/run. When BENCH_SUMMARY names a
# file, these append tab-separated lines to it; otherwise they do nothing,
# and the human output above is the same either way. $NAME is the benchmark.
#   NAME  PEER    METRIC  VALUE                 a figure of one peer (METRIC
#                                               "X min"/"X max" go with X)
#   NAME  target  TARGET  VALUE  LIMIT  RESULT  one target: PASS or FAIL
#   NAME  ratio   LABEL   VALUE  [LIMIT]        asyncc's cost over a peer's
#                                               (below 1: asyncc is cheaper),
#                                               with the target's limit if any
#   NAME  info    KEY     VALUE                 the run's parameters
summary() {
  [ -n "${BENCH_SUMMARY:-}" ] || return 0
  local IFS=$'\t'
  printf '%s\t%s\n' "$NAME" "$*" >>"$BENCH_SUMMARY"
}
summary_on() { [ -n "${BENCH_SUMMARY:-}" ]; }
summary_target() { summary target "$@"; }
summary_ratio() { summary ratio "$@"; }
summary_info() { summary info "$@"; }
# summary_stats PEER METRIC FILE FIELD DIVISOR FORMAT: the median, min and max
# of one field of FILE's runs (one run a line, fields separated by spaces),
# divided by DIVISOR and printed with FORMAT, as METRIC, "METRIC min" and
# "METRIC max". The median is taken as med takes it.
summary_stats() {
  summary_on || return 0
  local m lo hi
  read -r m lo hi < <(cut -d' ' -f"$4" "$3" | sort -n | awk -v d="$5" -v f="$6" '
    { v[NR] = $1 }
    END {
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf f " " f " " f "\n", m / d, v[1] / d, v[NR] / d
    }')
  summary "$1" "$2" "$m"
  summary "$1" "$2 min" "$lo"
  summary "$1" "$2 max" "$hi"
}
