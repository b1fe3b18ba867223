#!/usr/bin/env bash
# abi.sh - async code across translation units and compilers, plain-C entry
# points, and the failures the ABI promises (SPEC 1 and 3).
. "$(dirname "$0")/lib.sh"
: "${BUILD_DIR:?}"
DIR=$E2E_DIR/abi
RT=$BUILD_DIR/runtime/libasyncc.a
INC=$SRC_DIR/runtime/include
CFLAGS="-Wall -Wextra -Werror ${E2E_CFLAGS:-}"
set -- ${E2E_COMPILERS:-gcc clang}
CC1=$1 CC2=${2:-$1}

# Two async files, each knowing the other only by its prototype, built by
# two compilers at two optimisation levels, plus a plain-C entry file and a
# plain-C file (not translated at all) that passes an async function
# pointer along.
tr() { ASYNCC_CPP="$1 -E" "$ASYNCC" -I"$DIR" "$DIR/$2.c" -o "$2.out.c"; }
check 'translate counter_a' tr $CC1 counter_a
check 'translate counter_b' tr $CC2 counter_b
check 'translate entry' tr $CC1 entry
check "counter_a with $CC1 -O0" $CC1 $CFLAGS -O0 -I"$INC" -c counter_a.out.c -o a.o
check "counter_b with $CC2 -O2" $CC2 $CFLAGS -O2 -I"$INC" -c counter_b.out.c -o b.o
check "entry with $CC1 -O2" $CC1 $CFLAGS -O2 -I"$INC" -c entry.out.c -o e.o
check 'plain C registry (not translated)' $CC2 $CFLAGS -O2 -I"$DIR" -c "$DIR/registry.c" -o r.o
check 'link' $CC1 ${E2E_CFLAGS:-} a.o b.o e.o r.o "$RT" -o entry
expected=$'sum 30\nrc 0 count 3 sum 14\nmismatch -22'
for mode in 0 1; do
  check "run (ASYNCC_DEBUG_SUSPEND=$mode)" bash -c "[ \"\$(ASYNCC_DEBUG_SUSPEND=$mode ./entry)\" = \"$expected\" ]"
done

# A plain-C caller of an async function does not build: the symbol bump
# does not exist (only bump__acnew does).
check 'plain C calling an async function fails to link' \
  bash -c "! $CC1 -I'$DIR' '$DIR/plain_caller.c' a.o '$RT' -o plain 2>link.err && grep -q 'undefined reference to .bump' link.err"

# Objects of another frame ABI do not link: translated code needs ac__abi_v2.
check 'translated code references the ABI version' grep -q 'ac__abi_v2' counter_a.out.c
check 'an object without the runtime does not link' bash -c "! $CC1 a.o b.o e.o -o noruntime 2>/dev/null"
finish
