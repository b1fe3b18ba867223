#!/usr/bin/env bash
# csmith.sh [COUNT] - differential test on random programs from csmith.
# For each seed: generate a program, build and run it directly (the
# reference), then translate it with asyncc passed through and printed from
# the syntax tree, build and run each result the same way; stdout and exit
# status must match the reference. Seeds whose reference does not finish
# cleanly are skipped, and more seeds are drawn until COUNT were compared.
#
# Environment (for scripts/csmith-long.sh and reproducing failures):
#   CSMITH_SEED_BASE  first seed (default 1, so CI is reproducible)
#   CSMITH_KEEP       directory that receives the program of every failing seed
#   CSMITH_TIMEOUT    seconds allowed to a reference run (default 5)
. "$(dirname "$0")/lib.sh"
COUNT=${1:-25}
SEED=${CSMITH_SEED_BASE:-1}
RUN_TIMEOUT=${CSMITH_TIMEOUT:-5}
KEEP=${CSMITH_KEEP:-}
INC=/usr/include/csmith
# -w: csmith code is full of harmless warnings. -O0 keeps builds fast.
CFLAGS="-O0 -w"
# Give up rather than loop forever if csmith or the reference keeps failing.
MAX_DRAWS=$((COUNT * 3 + 20))

command -v csmith >/dev/null || { fail "csmith not installed"; finish; exit; }
[ -f "$INC/csmith.h" ] || { fail "$INC/csmith.h missing (libcsmith-dev)"; finish; exit; }
COMPILERS="gcc clang"
command -v clang >/dev/null || { fail "clang not installed"; COMPILERS=gcc; }
set -- $COMPILERS
NCC=$#

# keep SEED: copy the failing program where a human can find it.
keep() {
  [ -n "$KEEP" ] || return 0
  mkdir -p "$KEEP" && cp p.c "$KEEP/csmith-$1.c"
}

compared=0 skipped=0 draws=0 start=$SECONDS
while [ "$compared" -lt "$COUNT" ] && [ "$draws" -lt "$MAX_DRAWS" ]; do
  s=$SEED
  SEED=$((SEED + 1)) draws=$((draws + 1))
  # The compiler depends on the seed alone, so a seed reproduces the same way
  # whatever the base.
  set -- $COMPILERS
  shift $((s % NCC))
  cc=$1
  rm -f p.c ref out.c prog
  if ! timeout 60 csmith --seed "$s" -o p.c >/dev/null 2>&1; then
    echo "skip seed $s: csmith failed"; skipped=$((skipped + 1)); continue
  fi
  if ! $cc $CFLAGS -I"$INC" p.c -o ref 2>ref.err; then
    echo "skip seed $s ($cc): reference does not compile"; skipped=$((skipped + 1)); continue
  fi
  # Argument 1 makes csmith programs print every global's hash, not only
  # the final checksum: a mismatch then shows where the runs diverge.
  timeout "$RUN_TIMEOUT" ./ref 1 >want.txt 2>/dev/null
  want_rc=$?
  if [ "$want_rc" -ne 0 ]; then
    # 124 is timeout's status; >128 a signal. Either way no usable reference.
    echo "skip seed $s ($cc): reference exit $want_rc"; skipped=$((skipped + 1)); continue
  fi
  compared=$((compared + 1))
  for mode in "" "--print-ast"; do
    what="seed $s $cc ${mode:-pass-through}"
    # The output is for the compiler whose preprocessor produced it.
    if ! ASYNCC_CPP="$cc -E" "$ASYNCC" -I"$INC" $mode p.c -o out.c 2>tr.err; then
      fail "$what: translation: $(head -3 tr.err | tr '\n' ' ')"; keep "$s"; continue
    fi
    if ! $cc $CFLAGS out.c -o prog 2>cc.err; then
      fail "$what: compile: $(head -3 cc.err | tr '\n' ' ')"; keep "$s"; continue
    fi
    # Twice the reference's allowance: same code, but the machine may be busy.
    timeout $((RUN_TIMEOUT * 2)) ./prog 1 >got.txt 2>/dev/null
    got_rc=$?
    # A timeout on a loaded machine (a long run next to the tests) is not a
    # wrong translation: once more with more time before calling it one.
    if [ "$got_rc" -eq 124 ]; then
      timeout $((RUN_TIMEOUT * 6)) ./prog 1 >got.txt 2>/dev/null
      got_rc=$?
    fi
    if [ "$got_rc" -ne "$want_rc" ]; then
      fail "$what: exit status $got_rc, reference $want_rc"; keep "$s"
    elif ! cmp -s want.txt got.txt; then
      # The first differing line of each side names the diverging global.
      fail "$what: output differs: $(diff want.txt got.txt | grep -m2 '^[<>]' | tr '\n' ' ')"
      keep "$s"
    else
      pass
    fi
  done
done
[ "$compared" -ge "$COUNT" ] ||
  fail "only $compared of $COUNT seeds comparable after $draws draws"
echo "csmith: seeds $((SEED - draws))..$((SEED - 1)): $compared compared," \
  "$skipped skipped in $((SECONDS - start)) s"
finish
