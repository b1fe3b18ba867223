#!/usr/bin/env bash
# erasure.sh - the property of SPEC 1: a program translated by asyncc prints
# and exits as the same program with `async` and `await` erased and
# compiled as plain C. Every program makes its awaits really suspend (through
# ac_yield), and runs twice translated: normally and with every await going
# through the ready queue (ASYNCC_DEBUG_SUSPEND=1). Built with gcc and clang,
# and with gcc from the --print-ast output.
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
  # Each compiler; then gcc with the whole unit printed from the tree
  # (--print-ast), where nothing is copied through as text.
  for cc in ${E2E_COMPILERS:-gcc clang} gcc--print-ast; do
    mode=
    case $cc in *--print-ast) mode=--print-ast cc=${cc%--print-ast} ;; esac
    what="$name ($cc${mode:+ $mode})"
    out=$name.$cc${mode:+.ast}
    if ! ASYNCC_CPP="$cc -E" "$ASYNCC" $mode "$src" -o "$out.c"; then
      fail "$what: translation"; continue
    fi
    if ! $cc -Wall -Wextra -Werror ${E2E_CFLAGS:-} -I"$INC" "$out.c" "$RT" -o "$out" 2>cc.err; then
      fail "$what: compile: $(head -5 cc.err)"; continue
    fi
    compare_modes "$out" "$what"
  done
done
echo "erasure: $n programs"
finish
