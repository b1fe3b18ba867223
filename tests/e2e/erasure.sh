#!/usr/bin/env bash
# erasure.sh - the property of SPEC 1: a program translated by asyncc prints
# and exits as the same program with `async` and `await` erased and
# compiled as plain C. Every program makes its awaits really suspend (through
# ac_yield), and runs twice translated: normally and with every await going
# through the ready queue (ASYNCC_DEBUG_SUSPEND=1). Built with gcc and clang.
. "$(dirname "$0")/lib.sh"
: "${BUILD_DIR:?}"
DIR=$E2E_DIR/erasure
RT=$BUILD_DIR/runtime/libasyncc.a
INC=$SRC_DIR/runtime/include
n=0
for src in "$DIR"/*.c; do
  name=$(basename "$src" .c)
  n=$((n + 1))
  sed -E 's/\<(async|await)\>//g' "$src" >"$name.erased.c"
  if ! gcc -w -include "$DIR/erased.h" "$name.erased.c" -o "$name.erased"; then
    fail "$name: erased program does not build"; continue
  fi
  ./"$name.erased" >want.txt; want_rc=$?
  for cc in ${E2E_COMPILERS:-gcc clang}; do
    what="$name ($cc)"
    if ! ASYNCC_CPP="$cc -E" "$ASYNCC" "$src" -o "$name.$cc.c"; then
      fail "$what: translation"; continue
    fi
    if ! $cc -Wall -Wextra -Werror ${E2E_CFLAGS:-} -I"$INC" "$name.$cc.c" "$RT" -o "$name.$cc" 2>cc.err; then
      fail "$what: compile: $(head -5 cc.err)"; continue
    fi
    compare_modes "$name.$cc" "$what"
  done
done
echo "erasure: $n programs"
finish
