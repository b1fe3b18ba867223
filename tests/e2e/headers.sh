#!/usr/bin/env bash
# headers.sh - every standard and common POSIX/Linux header, with and without
# _GNU_SOURCE, through gcc's and clang's preprocessors, passed through and
# printed from the syntax tree: the result must compile warning-free, link
# and print what the directly compiled program prints.
. "$(dirname "$0")/lib.sh"
SRC=$E2E_DIR/headers/all_headers.c
LIBS="-lm -lpthread"

for cc in gcc clang; do
  command -v $cc >/dev/null || { fail "$cc not installed"; continue; }
  for defs in "" "-D_GNU_SOURCE"; do
    # The reference: the same program compiled directly (asyncc.h is found
    # through the runtime include directory).
    $cc $defs -I"$SRC_DIR/runtime/include" -Wall -Wextra -Werror "$SRC" -o ref $LIBS ||
      { fail "$cc $defs: direct build"; continue; }
    want=$(./ref)
    for mode in "" "--print-ast"; do
      what="$cc $defs ${mode:-pass-through}"
      out=out.c
      if ! ASYNCC_CPP="$cc -E" "$ASYNCC" $defs $mode "$SRC" -o $out; then
        fail "$what: translation"; continue
      fi
      if ! $cc -Wall -Wextra -Werror $out -o prog $LIBS; then
        fail "$what: compile"; continue
      fi
      got=$(./prog)
      if [ "$got" = "$want" ]; then pass; else fail "$what: output '$got' != '$want'"; fi
    done
  done
done
# libuv's uv.h uses `async` as a parameter name.
UV=$E2E_DIR/headers/uv_user.c
for mode in "" "--print-ast"; do
  what="uv.h ${mode:-pass-through}"
  if "$ASYNCC" $mode "$UV" -o uv.c && gcc -Wall -Wextra -Werror uv.c -o uv -luv; then
    if [ "$(./uv)" = "fired 1" ]; then pass; else fail "$what: wrong output"; fi
  else
    fail "$what"
  fi
done
finish
