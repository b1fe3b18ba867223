#!/usr/bin/env bash
# fuzz-long.sh HOURS [DIR] - a long libFuzzer campaign on the translator
# (tests/fuzz/fuzz_translate.c, docs/reliability.md).
#
# Builds the harness in build-fuzz (clang, -DASYNCC_FUZZ=ON), then fuzzes
# for HOURS (a decimal number: 0.5 is half an hour) starting from the seed
# corpus tests/fuzz/corpus/ and the regression inputs, with the dictionary
# tests/fuzz/c.dict. Everything it finds goes to DIR, outside the tree
# (default: $ASYNCC_FUZZ_DIR, else ~/asyncc-fuzz/run-DATE):
#   DIR/corpus/     the new corpus entries (the seeds are left alone)
#   DIR/crashes/    crash-*, timeout-*, oom-*, leak-* reproducers
#   DIR/fuzz.log    libFuzzer's output
# Runs libFuzzer's fork mode with FUZZ_JOBS parallel processes (default:
# the number of cores), which carries on after a crash, timeout or OOM.
# At the end it prints the figures: executions, exec/s, coverage (cov, ft),
# corpus size and the reproducers found. Reproduce one with
#   build-fuzz/bin/asyncc_fuzz DIR/crashes/crash-...
# and minimise it with -minimize_crash=1 -runs=10000 (docs/reliability.md).
set -eu
[ $# -ge 1 ] || { echo "usage: $0 HOURS [DIR]" >&2; exit 2; }
hours=$1
repo=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-${ASYNCC_FUZZ_DIR:-$HOME/asyncc-fuzz/run-$(date -u +%Y%m%d-%H%M%S)}}
jobs=${FUZZ_JOBS:-$(nproc)}
secs=$(awk -v h="$hours" 'BEGIN { s = int(h * 3600); print (s > 0 ? s : 1) }')
case $out in "$repo"/*) echo "$0: $out is inside the repository; use a directory outside it" >&2; exit 2 ;; esac

cmake -S "$repo" -B "$repo/build-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DASYNCC_FUZZ=ON -DASYNCC_TESTS=OFF >/dev/null
cmake --build "$repo/build-fuzz" --target asyncc_fuzz -j "${BUILD_JOBS:-2}" >/dev/null
fuzzer=$repo/build-fuzz/bin/asyncc_fuzz

mkdir -p "$out/corpus" "$out/crashes" "$out/work"
log=$out/fuzz.log
echo "fuzzing for $secs s with $jobs job(s); output in $out"
start=$(date +%s)
# An empty working directory: line markers in inputs name files that the
# diagnostics read, and fork mode keeps its temporaries in the cwd.
(cd "$out/work" && exec "$fuzzer" -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
  -dict="$repo/tests/fuzz/c.dict" -artifact_prefix="$out/crashes/" -print_final_stats=1 \
  "$out/corpus" "$repo/tests/fuzz/corpus" "$repo/tests/fuzz/regressions") >"$log" 2>&1 || true
wall=$(($(date +%s) - start))

# The last status line of fork mode: "#N: cov: C ft: F corp: K exec/s E ...".
last=$(grep -a -E '^#[0-9]+: cov: ' "$log" | tail -1 || true)
echo "=== campaign summary ($out) ==="
echo "wall time:   ${wall} s, ${jobs} job(s)"
if [ -n "$last" ]; then
  execs=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")
  echo "executions:  $execs"
  echo "exec/s:      $((execs / (wall > 0 ? wall : 1))) (last status: $(grep -o -E 'exec/s:? [0-9]+' <<<"$last" | grep -o -E '[0-9]+$'))"
  echo "coverage:    $(grep -o -E 'cov: [0-9]+ ft: [0-9]+' <<<"$last")"
  echo "corpus:      $(grep -o -E 'corp: [0-9]+' <<<"$last" | cut -d' ' -f2) entries ($(ls "$out/corpus" | wc -l) new files in $out/corpus)"
  echo "oom/timeout/crash: $(grep -o -E 'oom/timeout/crash: [0-9/]+' <<<"$last" | cut -d' ' -f2)"
else
  echo "no status line in $log:"; tail -20 "$log"
fi
n=$(find "$out/crashes" -type f | wc -l)
echo "reproducers: $n"
find "$out/crashes" -type f | sort | sed 's/^/  /'
