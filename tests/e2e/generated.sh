#!/usr/bin/env bash
# generated.sh [COUNT] - the erasure property (see erasure.sh) on random
# programs from our own generator, tests/gen/asyncgen.c. For each seed
# 1..COUNT (default 100): generate a program; erase `async` and `await` with
# sed and build it with gcc as plain C (with erasure/erased.h) - the
# reference; translate it with asyncc, build it with -Wall -Wextra -Werror,
# run it normally and with ASYNCC_DEBUG_SUSPEND=1 (every await through the
# ready queue); stdout and exit status must match the reference's. With gcc
# and clang (E2E_COMPILERS). The generator's counts of await positions are
# summed over all seeds and printed; a position never used is a failure.
#
# Environment (for scripts/generated-long.sh and reproducing failures):
#   GEN_SEED_BASE  first seed (default 1, so CI is reproducible)
#   GEN_KEEP       directory that receives the program of every failing seed
#                  (gen-SEED.c, and gen-SEED.txt saying what failed)
#   GEN_OPTS       extra generator options, e.g. "--without comma_discard"
#   GEN_TIMEOUT    seconds allowed to one run of a program (default 10)
#   RUNTIME_INC    the runtime's headers (default $SRC_DIR/runtime/include)
#
# To reproduce seed N by hand:
#   cc -O2 tests/gen/asyncgen.c -o asyncgen && ./asyncgen N >p.c
#   sed -E 's/\<(async|await)\>//g' p.c >e.c
#   gcc -include tests/e2e/erasure/erased.h e.c -o ref && ./ref
#   asyncc p.c -o p.out.c && cc -Iruntime/include p.out.c build/runtime/libasyncc.a -o p && ./p
. "$(dirname "$0")/lib.sh"
: "${BUILD_DIR:?}"
COUNT=${1:-100}
BASE=${GEN_SEED_BASE:-1}
KEEP=${GEN_KEEP:-}
RUN_TIMEOUT=${GEN_TIMEOUT:-10}
RT=$BUILD_DIR/runtime/libasyncc.a
INC=${RUNTIME_INC:-$SRC_DIR/runtime/include}
ERASED_H=$E2E_DIR/erasure/erased.h
GEN_SRC=$SRC_DIR/tests/gen/asyncgen.c

if ! cc -O2 -o asyncgen "$GEN_SRC" 2>gen.err; then
  fail "the generator does not build: $(head -3 gen.err | tr '\n' ' ')"
  finish
  exit
fi

# keep SEED WHAT: copy the failing program where a human can find it.
keep() {
  [ -n "$KEEP" ] || return 0
  mkdir -p "$KEEP" && cp p.c "$KEEP/gen-$1.c" && echo "$2" >>"$KEEP/gen-$1.txt"
}

start=$SECONDS
: >stats.all
last=$((BASE + COUNT - 1))
for s in $(seq "$BASE" "$last"); do
  rm -f p.c e.c ref ./*.out.c prog.*
  # shellcheck disable=SC2086 # GEN_OPTS is a list of options
  if ! ./asyncgen "$s" --stats ${GEN_OPTS:-} >p.c 2>stats.txt; then
    fail "seed $s: generator failed: $(tail -2 stats.txt | tr '\n' ' ')"; continue
  fi
  cat stats.txt >>stats.all
  sed -E 's/\<(async|await)\>//g' p.c >e.c
  # The generated code is warning-free as plain C too: a warning here is a
  # bug of the generator, not of asyncc. (Except gcc's fallthrough warning:
  # gcc does not always see a /* fallthrough */ comment, e.g. after a label
  # ending the case's block; the translated program is checked for it.)
  if ! gcc -Wall -Wextra -Werror -Wno-implicit-fallthrough -include "$ERASED_H" e.c -o ref 2>ref.err; then
    fail "seed $s: erased program does not build cleanly (generator bug): $(grep -m2 -E 'error|warning' ref.err | tr '\n' ' ')"
    keep "$s" "erased program does not build cleanly"; continue
  fi
  timeout "$RUN_TIMEOUT" ./ref >want.txt 2>/dev/null
  want_rc=$?
  # Exit statuses are checksums (0..100); 124 is timeout's, >128 a signal.
  if [ "$want_rc" -gt 100 ]; then
    fail "seed $s: reference exit $want_rc (generator bug)"; keep "$s" "reference exit $want_rc"; continue
  fi
  for cc in ${E2E_COMPILERS:-gcc clang}; do
    what="seed $s ($cc)"
    # The output is for the compiler whose preprocessor produced it.
    if ! ASYNCC_CPP="$cc -E" "$ASYNCC" p.c -o "p.$cc.out.c" 2>tr.err; then
      fail "$what: translation: $(head -3 tr.err | tr '\n' ' ')"; keep "$s" "$what: translation"; continue
    fi
    # shellcheck disable=SC2086 # E2E_CFLAGS is a list of flags
    if ! $cc -Wall -Wextra -Werror ${E2E_CFLAGS:-} -I"$INC" "p.$cc.out.c" "$RT" -o "prog.$cc" 2>cc.err; then
      fail "$what: compile: $(grep -m2 -E 'error|warning' cc.err | cut -c1-300 | tr '\n' ' ')"
      keep "$s" "$what: compile"; continue
    fi
    # Twice the reference's allowance: the machine may be busy.
    compare_modes "prog.$cc" "$what" $((RUN_TIMEOUT * 2)) || keep "$s" "$what: differs from the erased program"
  done
done

# Await positions summed over all seeds, in the generator's order.
echo "await positions over seeds $BASE..$last:"
awk '!($1 in sum) { order[n++] = $1 } { sum[$1] += $2 }
     END { for (i = 0; i < n; i++) printf "  %-18s %d\n", order[i], sum[order[i]] }' stats.all
for pos in $(awk '{ sum[$1] += $2 } END { for (p in sum) if (sum[p] == 0) print p }' stats.all); do
  fail "await position $pos was never used"
done
[ -s stats.all ] || fail "no position counts"
echo "generated: seeds $BASE..$last: $COUNT programs in $((SECONDS - start)) s"
finish
