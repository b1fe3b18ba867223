#!/usr/bin/env bash
# selfhost.sh - asyncc translates its own sources (including the generated
# parser and lexer and the cmocka unit tests), printed from the syntax tree;
# the translator built from that output must pass the test suites.
. "$(dirname "$0")/lib.sh"
: "${BUILD_DIR:?}"
GEN=$BUILD_DIR/src
FLAGS="-I$SRC_DIR/src -I$GEN"
mkdir -p self
ok=1
translate() { # translate SRC OUT [defines...]
  local src=$1 out=$2; shift 2
  "$ASYNCC" --print-ast $FLAGS "$@" "$src" -o "$out" || { fail "translate $src"; ok=0; }
}
for f in "$SRC_DIR"/src/*.c "$GEN"/parser.c "$GEN"/lexer.c; do
  translate "$f" "self/$(basename "$f")" \
    -DASYNCC_VERSION='"0.0.0-selfhost"' -DASYNCC_SOURCE_INCLUDE_DIR="\"$SRC_DIR/runtime/include\""
done
# The runtime too (test_rt_core links it).
for f in "$SRC_DIR"/runtime/src/*.c; do
  translate "$f" "self/rt_$(basename "$f")" -I"$SRC_DIR/runtime/src"
done
[ $ok = 1 ] && pass
check 'self-translated translator builds' cc -O1 -o self/asyncc $(ls self/*.c | grep -v '/rt_')
objs=$(ls self/*.c | grep -v '/main.c$')
for t in "$SRC_DIR"/tests/unit/test_*.c; do
  name=$(basename "$t" .c)
  translate "$t" "self/unit_$name.c"
  check "$name builds from translated sources" \
    cc -O1 -o "self/$name" "self/unit_$name.c" $objs -lcmocka
  check "$name passes" bash -c "'self/$name' >self/$name.log 2>&1 || { cat self/$name.log; false; }"
done
# The end-to-end suites, run by the self-built translator.
for suite in cli headers malformed; do
  check "e2e $suite with the self-built asyncc" \
    env ASYNCC="$WORK/self/asyncc" bash "$E2E_DIR/$suite.sh"
done
check "e2e csmith with the self-built asyncc" env ASYNCC="$WORK/self/asyncc" bash "$E2E_DIR/csmith.sh" 5
finish
