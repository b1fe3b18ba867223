#!/usr/bin/env bash
# gdb.sh - debugging translated code (issue 3): a breakpoint on an original
# line after an await inside a loop hits on every pass, bt names the user's
# functions, and an async function's locals print as docs/design.md says
# (p ac__F->name).
. "$(dirname "$0")/lib.sh"
: "${BUILD_DIR:?}"
command -v gdb >/dev/null || { fail "gdb not installed"; finish; exit; }
SRC=$E2E_DIR/gdb/loop.c
LINE=$(grep -n 'BREAK HERE' "$SRC" | cut -d: -f1)
CC1=${E2E_COMPILERS:-gcc}; CC1=${CC1%% *}
# The output is for the compiler whose preprocessor produced it.
ASYNCC_CPP="$CC1 -E" "$ASYNCC" "$SRC" -o loop.out.c || fail "translate"
$CC1 -g -O0 ${E2E_CFLAGS:-} -I"$SRC_DIR/runtime/include" loop.out.c "$BUILD_DIR/runtime/libasyncc.a" -o loop ||
  fail "compile"
# LeakSanitizer cannot run under ptrace (the sanitizer build).
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 gdb -q -batch -nx \
  -ex "break loop.c:$LINE" -ex run \
  -ex bt -ex 'p ac__F->v' -ex 'p ac__F->acc' -ex continue \
  -ex 'p ac__F->v' -ex continue \
  -ex 'p ac__F->v' -ex 'p ac__F->acc' -ex continue \
  ./loop >gdb.out 2>&1
hits=$(grep -c "^Breakpoint 1, accumulate " gdb.out)
check 'breakpoint hits on every pass' [ "$hits" = 3 ]
check 'the breakpoint is at the original line' grep -q "at .*loop.c:$LINE" gdb.out
check 'bt shows the async function' grep -q '^#0  accumulate ' gdb.out
values=$(grep -E '^\$[0-9]+ = ' gdb.out | sed 's/^\$[0-9]* = //' | tr '\n' ' ')
check "locals print through ac__F (got: $values)" [ "$values" = "0 0 2 4 2 " ]
check 'the program still finishes' grep -q '^6$' gdb.out
[ "$FAILED" -eq 0 ] || cat gdb.out >&2
finish
