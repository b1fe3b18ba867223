#!/usr/bin/env bash
# frontend.sh - how fast is asyncc's front end next to gcc -fsyntax-only?
#
#     bash bench/frontend.sh [-n RUNS] [--lines N] [--asyncc PATH] [--metric cpu|wall]
#
# Inputs (see bench/README.md):
#   code-x1   code-heavy unit of about N lines (default 40000), csmith programs
#             from bench/gen_code_heavy.sh
#   code-x4   the same generator at 4x the lines of code-x1, for linearity
#   headers   tests/e2e/headers/all_headers.c with -D_GNU_SOURCE: every C17
#             header and ~60 POSIX/Linux ones, ~18k preprocessed lines
# Commands, each run RUNS times (default 7), alternating (one round runs every
# command on every input once, starting each round at a different command) so
# that a busy machine slows every command alike rather than whichever
# happened to run during a burst:
#   cpp    cc -E alone: the preprocessing asyncc delegates, same options
#   own    asyncc -fpreprocessed X.i: the translator's own work
#   ast    asyncc --print-ast -fpreprocessed X.i: the same, printing the tree
#   e2e    asyncc X.c: end to end, preprocessing included
#   gcc    gcc -fsyntax-only X.c: the reference (gcc preprocesses internally)
#   gcc.i  gcc -fsyntax-only -fpreprocessed X.i: gcc's parse alone, for reference
#          (X.i made without __ASYNCC__: asyncc.h's async declarations are not C)
# It prints the medians, the ratios to gcc, the linearity ratio and peak RSS,
# then PASS/FAIL against the targets; exit status 1 if a target is missed.
#
# Environment: BENCH_DIR (work directory, default ${TMPDIR:-/tmp}/asyncc-bench;
# generated inputs live there, never in the repository), RUNS, CODE_LINES,
# ASYNCC, METRIC (the options override them).
set -eu

# micro.sh only for its summary helpers (BENCH_SUMMARY, for bench/run); the
# rest of it (med, ratio, check, ...) is redefined below in this script's way.
. "$(dirname "$0")/micro.sh"
NAME=frontend
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-7}
CODE_LINES=${CODE_LINES:-40000}
ASYNCC=${ASYNCC:-$ROOT/build/bin/asyncc}
# cpu (user+sys of the command and its children) is the default judge: with
# two cores shared with other jobs, wall time also counts time spent waiting
# for a core, which says nothing about the translator. Both are printed.
METRIC=${METRIC:-cpu}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/asyncc-bench}
CSMITH_INC=/usr/include/csmith

usage() {
  # The header comment, up to the first line that is not a comment.
  awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"
  exit 2
}
while [ $# -gt 0 ]; do
  case $1 in
  -n) RUNS=$2; shift 2 ;;
  --lines) CODE_LINES=$2; shift 2 ;;
  --asyncc) ASYNCC=$2; shift 2 ;;
  --metric) METRIC=$2; shift 2 ;;
  -h | --help) usage ;;
  *) echo "$0: unknown option '$1'" >&2; usage ;;
  esac
done
case $METRIC in cpu | wall) ;; *) echo "$0: --metric is cpu or wall" >&2; exit 2 ;; esac
[ "$RUNS" -ge 1 ] 2>/dev/null || { echo "$0: RUNS must be a positive number" >&2; exit 2; }
[ -x "$ASYNCC" ] || { echo "$0: no asyncc at $ASYNCC (build it first, or --asyncc PATH)" >&2; exit 1; }
for tool in gcc cc csmith; do
  command -v $tool >/dev/null || { echo "$0: $tool not installed" >&2; exit 1; }
done

mkdir -p "$BENCH_DIR/bin" "$BENCH_DIR/results"
rm -f "$BENCH_DIR"/results/*
# The measuring helper: exact CPU time and peak RSS of a command and its
# children from wait4(), without depending on GNU time.
cc -O2 -o "$BENCH_DIR/bin/measure" "$ROOT/bench/measure.c"
MEASURE=$BENCH_DIR/bin/measure
# A snapshot of the binary, so that a rebuild while the benchmark runs does
# not mix two versions. asyncc finds <asyncc.h> in ../include next to itself.
cp "$ASYNCC" "$BENCH_DIR/bin/asyncc"
ln -sfn "$ROOT/runtime/include" "$BENCH_DIR/include"
A=$BENCH_DIR/bin/asyncc

# The inputs; generation is deterministic, so a file already there is reused.
x1=$BENCH_DIR/code-$CODE_LINES.c
[ -f "$x1" ] || bash "$ROOT/bench/gen_code_heavy.sh" "$CODE_LINES" "$x1" >&2
x4_lines=$((4 * $(wc -l <"$x1")))
x4=$BENCH_DIR/code-$x4_lines.c
[ -f "$x4" ] || bash "$ROOT/bench/gen_code_heavy.sh" "$x4_lines" "$x4" >&2
INPUTS="code-x1 code-x4 headers"
src_of() {
  case $1 in
  code-x1) echo "$x1" ;;
  code-x4) echo "$x4" ;;
  headers) echo "$ROOT/tests/e2e/headers/all_headers.c" ;;
  esac
}
# set_flags INPUT: FLAGS=(the input's preprocessor options).
set_flags() {
  case $1 in
  code-*) FLAGS=(-I"$CSMITH_INC") ;;
  headers) FLAGS=(-D_GNU_SOURCE -I"$ROOT/runtime/include") ;;
  esac
}
# What asyncc adds to the options it passes to cc -E (src/main.c: preprocess).
ASYNCC_CPP_FLAGS=(-D__ASYNCC__=1 -isystem "$ROOT/runtime/include")

CMDS=(cpp own ast e2e gcc gcc.i)
# run INPUT CMD: measure one run, appending "wall_us cpu_us rss_kib" to the
# results file of INPUT and CMD.
run() {
  local in=$1 cmd=$2 src i
  local -a argv
  src=$(src_of "$in")
  set_flags "$in"
  i=$BENCH_DIR/$in.i
  case $cmd in
  cpp) argv=(cc -E "${FLAGS[@]}" "${ASYNCC_CPP_FLAGS[@]}" -x c "$src" -o /dev/null) ;;
  own) argv=("$A" -fpreprocessed "$i" -o /dev/null) ;;
  ast) argv=("$A" --print-ast -fpreprocessed "$i" -o /dev/null) ;;
  e2e) argv=("$A" "${FLAGS[@]}" "$src" -o /dev/null) ;;
  gcc) argv=(gcc -fsyntax-only -w "${FLAGS[@]}" "$src") ;;
  gcc.i) argv=(gcc -fsyntax-only -w -fpreprocessed "$BENCH_DIR/$in.gcc.i") ;;
  esac
  if ! "$MEASURE" "${argv[@]}" >>"$BENCH_DIR/results/$in.$cmd"; then
    echo "$0: failed: ${argv[*]}" >&2
    exit 1
  fi
}

# The preprocessed inputs (with asyncc's own cpp options, so that "own"
# parses exactly what "e2e" parses), a check that asyncc accepts every input
# in both modes, and asyncc's own phase report. This also warms the caches.
for in in $INPUTS; do
  set_flags "$in"
  cc -E "${FLAGS[@]}" "${ASYNCC_CPP_FLAGS[@]}" -x c "$(src_of "$in")" -o "$BENCH_DIR/$in.i"
  "$A" --time-report -fpreprocessed "$BENCH_DIR/$in.i" -o /dev/null 2>"$BENCH_DIR/results/$in.report"
  "$A" --print-ast -fpreprocessed "$BENCH_DIR/$in.i" -o /dev/null
  # gcc's copy without __ASYNCC__: asyncc.h's async declarations are not C.
  cc -E "${FLAGS[@]}" -isystem "$ROOT/runtime/include" -x c "$(src_of "$in")" -o "$BENCH_DIR/$in.gcc.i"
  gcc -fsyntax-only -w -fpreprocessed "$BENCH_DIR/$in.gcc.i"
done

echo "asyncc front-end benchmark: $RUNS rounds; inputs in $BENCH_DIR" >&2
ncmds=${#CMDS[@]}
for round in $(seq 1 "$RUNS"); do
  printf 'round %d/%d\r' "$round" "$RUNS" >&2
  for in in $INPUTS; do
    # Rotate the starting command from round to round.
    for k in $(seq 0 $((ncmds - 1))); do
      run "$in" "${CMDS[(k + round) % ncmds]}"
    done
  done
done
echo >&2

# med IN CMD FIELD: median of a field (1 wall us, 2 cpu us, 3 rss KiB).
med() {
  cut -d' ' -f"$3" "$BENCH_DIR/results/$1.$2" | sort -n |
    awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
field=2
[ "$METRIC" = wall ] && field=1
# t IN CMD [FIELD]: median time in ms.
t() { awk -v us="$(med "$1" "$2" "${3:-$field}")" 'BEGIN { printf "%.1f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
lines_of() { wc -l <"$BENCH_DIR/$1.i"; }

time_table() {
  local fld=$1 in
  printf '%-9s %8s %8s %9s %9s %8s %8s %8s %8s %8s %8s\n' input ".i lines" "cpp -E" "own" "print-ast" "e2e" "gcc" "gcc .i" \
    own/gcc ast/gcc e2e/gcc
  for in in $INPUTS; do
    printf '%-9s %8d %8s %9s %9s %8s %8s %8s %8s %8s %8s\n' "$in" "$(lines_of "$in")" \
      "$(t "$in" cpp "$fld")" "$(t "$in" own "$fld")" "$(t "$in" ast "$fld")" \
      "$(t "$in" e2e "$fld")" "$(t "$in" gcc "$fld")" "$(t "$in" gcc.i "$fld")" \
      "$(ratio "$(t "$in" own "$fld")" "$(t "$in" gcc "$fld")")" \
      "$(ratio "$(t "$in" ast "$fld")" "$(t "$in" gcc "$fld")")" \
      "$(ratio "$(t "$in" e2e "$fld")" "$(t "$in" gcc "$fld")")"
  done
}

echo
echo "== median CPU time (user+sys, children included), ms, $RUNS runs each"
time_table 2
echo
echo "== median wall time, ms"
time_table 1
echo
echo "== median peak RSS, MiB (largest process of the command's tree)"
printf '%-9s %8s %8s %9s %8s %8s %8s\n' input "cpp -E" own print-ast e2e gcc "gcc .i"
for in in $INPUTS; do
  printf '%-9s' "$in"
  for cmd in "${CMDS[@]}"; do
    w=8
    [ "$cmd" = ast ] && w=9
    printf " %${w}s" "$(awk -v k="$(med "$in" "$cmd" 3)" 'BEGIN { printf "%.1f", k / 1024 }')"
  done
  echo
done
echo
echo "== asyncc --time-report -fpreprocessed (one run each)"
for in in $INPUTS; do
  printf '%-9s %s\n' "$in" "$(sed 's/^asyncc: time: //' "$BENCH_DIR/results/$in.report")"
done

# The targets. The linearity limit is 5x for 4x the input, scaled to the
# real ratio of the inputs' preprocessed sizes (the header part is shared).
fails=0
echo
echo "== targets (judged on $METRIC time)"
printf '%-52s %6s %6s %7s  %s\n' target cpu wall limit result
check() { # check NAME LIMIT CPU_VALUE WALL_VALUE
  local v=$3 res=PASS
  [ "$METRIC" = wall ] && v=$4
  if awk -v v="$v" -v l="$2" 'BEGIN { exit !(v > l) }'; then
    res=FAIL
    fails=$((fails + 1))
  fi
  printf '%-52s %6s %6s %7s  %s\n' "$1" "$3" "$4" "$2" "$res"
  summary_target "$1" "$v" "$2" "$res"
}
r() { ratio "$(t "$1" "$2" 2)" "$(t "$3" "$4" 2)"; }  # CPU-time ratio
rw() { ratio "$(t "$1" "$2" 1)" "$(t "$3" "$4" 1)"; } # wall-time ratio
check "asyncc own work / gcc, code-heavy (code-x1)" 0.30 "$(r code-x1 own code-x1 gcc)" "$(rw code-x1 own code-x1 gcc)"
check "asyncc own work / gcc, header-heavy (headers)" 0.30 "$(r headers own headers gcc)" "$(rw headers own headers gcc)"
check "asyncc end to end / gcc, code-heavy (code-x1)" 0.50 "$(r code-x1 e2e code-x1 gcc)" "$(rw code-x1 e2e code-x1 gcc)"
size=$(ratio "$(stat -c %s "$BENCH_DIR/code-x4.i")" "$(stat -c %s "$BENCH_DIR/code-x1.i")")
lim=$(awk -v s="$size" 'BEGIN { printf "%.2f", 1.25 * s }')
check "linearity own: time(x4)/time(x1), input x$size" "$lim" "$(r code-x4 own code-x1 own)" "$(rw code-x4 own code-x1 own)"
check "linearity print-ast: time(x4)/time(x1)" "$lim" "$(r code-x4 ast code-x1 ast)" "$(rw code-x4 ast code-x1 ast)"
check "linearity end to end: time(x4)/time(x1)" "$lim" "$(r code-x4 e2e code-x1 e2e)" "$(rw code-x4 e2e code-x1 e2e)"
echo "(for reference: gcc time(x4)/time(x1) = $(r code-x4 gcc code-x1 gcc) cpu, $(rw code-x4 gcc code-x1 gcc) wall)"

# The machine-readable summary for bench/run (see micro.sh), if asked for.
if summary_on; then
  summary_info inputs "code-x1 $(lines_of code-x1) lines, code-x4 $(lines_of code-x4) lines, headers $(lines_of headers) lines (preprocessed)"
  summary_info rounds "$RUNS"
  summary_info judged "$METRIC time"
  summary_info "gcc time(x4)/time(x1)" "$(r code-x4 gcc code-x1 gcc) cpu, $(rw code-x4 gcc code-x1 gcc) wall"
  for in in $INPUTS; do
    for cmd in "${CMDS[@]}"; do
      case $cmd in cpp) label="cpp -E" ;; ast) label=print-ast ;; gcc.i) label="gcc .i" ;; *) label=$cmd ;; esac
      f=$BENCH_DIR/results/$in.$cmd
      summary_stats "$in $label" "cpu ms" "$f" 2 1000 %.1f
      summary_stats "$in $label" "wall ms" "$f" 1 1000 %.1f
      summary "$in $label" /gcc "$(ratio "$(t "$in" "$cmd")" "$(t "$in" gcc)")"
      summary "$in $label" "RSS MiB" "$(awk -v k="$(med "$in" "$cmd" 3)" 'BEGIN { printf "%.1f", k / 1024 }')"
    done
  done
  summary_ratio "own/gcc code-x1" "$(ratio "$(t code-x1 own)" "$(t code-x1 gcc)")" 0.30
  summary_ratio "e2e/gcc code-x1" "$(ratio "$(t code-x1 e2e)" "$(t code-x1 gcc)")" 0.50
  summary_ratio "own/gcc headers" "$(ratio "$(t headers own)" "$(t headers gcc)")" 0.30
  summary_ratio "e2e/gcc headers" "$(ratio "$(t headers e2e)" "$(t headers gcc)")"
fi
echo
if [ "$fails" -eq 0 ]; then
  echo "all targets met"
else
  echo "$fails target(s) missed"
  exit 1
fi
