#!/usr/bin/env bash
# smoke.sh FUZZER [SECONDS] - the CI fuzz step (scripts/test.sh): runs every
# regression input (tests/fuzz/regressions/) once and a few generated ones
# (nested 200000 deep; a line marker naming a FIFO), then fuzzes for SECONDS
# (default 60) with a fixed seed from the seed corpus and the dictionary.
# New corpus entries and any reproducer go to a temporary directory (the
# tree is left alone); a crash, hang (-timeout=10), OOM (2 GiB), leak or
# sanitizer report fails the step and prints the reproducer's path, which
# is kept (FUZZ_KEEP=DIR keeps it there instead).
set -u
FUZZER=${1:?usage: smoke.sh FUZZER [SECONDS]}
secs=${2:-60}
case $FUZZER in /*) ;; *) FUZZER=$PWD/$FUZZER ;; esac
dir=$(cd "$(dirname "$0")" && pwd)
work=${FUZZ_KEEP:-$(mktemp -d "${TMPDIR:-/tmp}/asyncc-fuzz.XXXXXX")}
mkdir -p "$work/corpus" "$work/run"
cd "$work/run" || exit 1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
set -- "$dir"/regressions/*
if [ -e "$1" ]; then
  echo "fuzz: $# regression input(s)"
  if ! "$FUZZER" -timeout=10 -rss_limit_mb=2048 "$@" >regressions.log 2>&1; then
    grep -a -v '^INFO:' regressions.log | tail -40
    echo "fuzz: a regression input fails (log: $work/run/regressions.log)"
    exit 1
  fi
fi
# Deep nesting (200000 levels) must end in the nesting-limit diagnostic,
# not a stack overflow: in an async function (the transform's walks) and,
# with --print-ast, in plain code (the printer's).
rep() { printf "%${2}s" '' | sed "s/ /$1/g"; }
mkdir -p "$work/deep"
n=200000
{ echo 'async int h(void);'; printf 'async int f(void) { '; rep '{' $n; printf 'await h();'; rep '}' $n; echo ' return 0; }'; } >"$work/deep/blocks.c"
{ echo 'async int h(void);'; printf 'async int f(void) { return '; rep '1+' $n; echo 'await h(); }'; } >"$work/deep/adds.c"
{ printf 'int x = '; rep '(' $n; printf 1; rep ')' $n; echo ';'; } >"$work/deep/parens.c"
# A diagnostic in a file that a line marker names as a FIFO: the source
# line must not be read from it (that blocked forever).
mkfifo "$work/fifo"
printf '# 1 "%s"\nint x = @;\n' "$work/fifo" >"$work/deep/fifo_marker.c"
echo "fuzz: deep nesting, FIFO line marker"
if ! ASYNCC_FUZZ_PRINT_AST=1 "$FUZZER" -timeout=60 -rss_limit_mb=2048 "$work"/deep/*.c >deep.log 2>&1; then
  grep -a -v '^INFO:' deep.log | tail -40
  echo "fuzz: generated inputs fail (inputs in $work/deep)"
  exit 1
fi
echo "fuzz: $secs s, -seed=1, corpus $(ls "$dir/corpus" | wc -l) seeds"
"$FUZZER" -seed=1 -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
  -dict="$dir/c.dict" -artifact_prefix="$work/" -print_final_stats=1 \
  "$work/corpus" "$dir/corpus" "$dir/regressions" >fuzz.log 2>&1
rc=$?
grep -a -E '^#[0-9]+.*(DONE|cov:)' fuzz.log | tail -1
grep -a -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' fuzz.log
if [ $rc -ne 0 ]; then
  grep -a -v -E '^(INFO:|#[0-9])' fuzz.log | tail -60
  echo "fuzz: FAILED (exit $rc); reproducer(s): $(ls "$work"/crash-* "$work"/timeout-* "$work"/oom-* "$work"/leak-* 2>/dev/null | tr '\n' ' ')"
  echo "fuzz: minimise with: $FUZZER -minimize_crash=1 -runs=10000 REPRODUCER"
  exit 1
fi
[ -n "${FUZZ_KEEP:-}" ] || rm -rf "$work"
echo "fuzz: no crash"
