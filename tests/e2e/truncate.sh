#!/usr/bin/env bash
# truncate.sh TRUNCATE_TOOL - "cut short at every token": real async
# programs, preprocessed as asyncc does, are cut after every token and
# every prefix goes through the whole pipeline in-process
# (tests/fuzz/truncate.c): each must translate or end in an error
# diagnostic, never crash, hang or (in the sanitizer build) trip a
# sanitizer. Deterministic: the same programs, every token.
. "$(dirname "$0")/lib.sh"
TOOL=${1:?usage: truncate.sh TRUNCATE_TOOL}
INC=$SRC_DIR/runtime/include
PROGRAMS="examples/tasks.c examples/echo_server.c tests/e2e/erasure/loops.c
  tests/e2e/erasure/switch_fallthrough.c tests/e2e/erasure/computed_goto.c
  tests/e2e/erasure/address_taken.c tests/e2e/erasure/pointers.c tests/fuzz/seeds/async_gnu.c tests/fuzz/seeds/async_min.c"
for p in $PROGRAMS; do
  name=$(basename "$p" .c)
  if ! cc -E -D__ASYNCC__=1 -isystem "$INC" -include asyncc.h -x c "$SRC_DIR/$p" -o "$name.i"; then
    fail "$p: preprocessing"; continue
  fi
  "$TOOL" "$name.i" >out.txt 2>err.txt
  rc=$?
  if [ "$rc" -eq 0 ]; then
    pass; sed 's/^/  /' out.txt
  else
    fail "$p: exit status $rc"; tail -30 err.txt | sed 's/^/    | /' >&2
  fi
done
finish
