#!/usr/bin/env bash
# check-outputs.sh [-n SAMPLE] [-s SEED] DIR... - compiles a sample of the
# translator's accepted outputs. From the corpus entries in the DIRs (a
# fuzzing corpus, e.g. DIR/corpus of scripts/fuzz-long.sh, or
# tests/fuzz/corpus), every file is translated with `asyncc
# -fpreprocessed`; of the translated ones, SAMPLE (default 300; 0 = all)
# are drawn with a fixed SEED, and for each:
#   - the output is checked with gcc -fsyntax-only (counted; random inputs
#     may well be invalid C);
#   - the property: when the INPUT with async/await (and __async/__await)
#     erased compiles with gcc -fsyntax-only as plain C, the OUTPUT must
#     compile too. A violation is reported with its input, kept in
#     $OUT (default: a temporary directory), and fails the script.
# Inputs that do not declare the runtime (no asyncc.h line marker) are
# compiled, erased and translated alike, with -include asyncc.h.
# With -m MIN, fewer than MIN inputs whose erased form and output both
# compile fail the script too (the check ran on too little to mean much).
# ASYNCC names the translator (default: build/bin/asyncc).
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
ASYNCC=${ASYNCC:-$repo/build/bin/asyncc}
sample=300 seed=1 min=0
while getopts n:s:m: o; do
  case $o in n) sample=$OPTARG ;; s) seed=$OPTARG ;; m) min=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "usage: $0 [-n SAMPLE] [-s SEED] [-m MIN] DIR..." >&2; exit 2; }
own_out=
[ -n "${OUT:-}" ] || { OUT=$(mktemp -d "${TMPDIR:-/tmp}/asyncc-outputs.XXXXXX"); own_out=1; }
mkdir -p "$OUT"
GCC="gcc -std=gnu17 -fsyntax-only -w -x c"
INC="-isystem $repo/runtime/include -include asyncc.h"

# Every entry is translated; SAMPLE of the translated ones are compiled.
find "$@" -type f | LC_ALL=C sort >"$OUT/all.txt"
mkdir -p "$OUT/accepted"
total=0 accepted=0
while IFS= read -r f; do
  total=$((total + 1))
  if timeout 20 "$ASYNCC" -fpreprocessed "$f" -o "$OUT/accepted/$total.c" 2>/dev/null; then
    accepted=$((accepted + 1))
    printf '%s\t%s\n' "$f" "$OUT/accepted/$total.c"
  fi
done <"$OUT/all.txt" >"$OUT/accepted.txt"
if [ "$sample" -gt 0 ]; then
  shuf -n "$sample" --random-source=<(yes "$seed") "$OUT/accepted.txt" >"$OUT/sample.txt"
else
  cp "$OUT/accepted.txt" "$OUT/sample.txt"
fi
n=0 out_ok=0 in_ok=0 both=0 bad=0
while IFS=$'\t' read -r f out; do
  n=$((n + 1))
  extra=
  grep -a -q 'asyncc\.h"' "$f" || extra=$INC
  o=0 i=0
  # shellcheck disable=SC2086
  timeout 20 $GCC $extra "$out" -o /dev/null 2>/dev/null && { o=1; out_ok=$((out_ok + 1)); }
  sed -E 's/\<(__async|__await|async|await)\>//g' "$f" >"$OUT/erased.c"
  # shellcheck disable=SC2086
  timeout 20 $GCC $extra "$OUT/erased.c" -o /dev/null 2>/dev/null && { i=1; in_ok=$((in_ok + 1)); }
  if [ $i -eq 1 ] && [ $o -eq 1 ]; then both=$((both + 1)); fi
  if [ $i -eq 1 ] && [ $o -eq 0 ]; then
    bad=$((bad + 1))
    keep=$OUT/violation-$bad
    mkdir -p "$keep"
    cp "$f" "$keep/input.c"
    cp "$out" "$keep/output.c"
    # shellcheck disable=SC2086
    $GCC $extra "$out" -o /dev/null 2>"$keep/gcc.txt"
    echo "VIOLATION: $f: the erased input compiles, the output does not ($keep):"
    grep -m3 'error' "$keep/gcc.txt" | sed 's/^/    /'
  fi
done <"$OUT/sample.txt"
echo "$total entries, $accepted translated; compiled a sample of $n: outputs compiling: $out_ok;" \
  "erased inputs compiling: $in_ok (of those, outputs compiling: $both); violations: $bad"
# A temporary directory of our own goes, unless it holds violations.
[ -n "$own_out" ] && [ $bad -eq 0 ] && rm -rf "$OUT"
if [ "$both" -lt "$min" ]; then
  echo "only $both inputs compiled both erased and translated (at least $min expected)"
  exit 1
fi
[ $bad -eq 0 ]
