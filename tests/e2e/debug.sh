#!/usr/bin/env bash
# debug.sh - task dumps and the debug mode: the chains of awaiting calls of
# suspended tasks as original file:line (function), on demand and on
# SIGQUIT while a step holds the loop; the slow-step warning; the warning
# for a task nobody joined.
. "$(dirname "$0")/lib.sh"
: "${BUILD_DIR:?}"
CC1=${E2E_COMPILERS:-gcc}; CC1=${CC1%% *}
ASYNCC_CPP="$CC1 -E" "$ASYNCC" "$E2E_DIR/debug/dump.c" -o dump.out.c || fail translate
$CC1 -O1 -g ${E2E_CFLAGS:-} -I"$SRC_DIR/runtime/include" dump.out.c "$BUILD_DIR/runtime/libasyncc.a" -lpthread \
  -o dump || fail compile
F=$E2E_DIR/debug/dump.c

# Task addresses vary: keep the rest.
strip_addr() { sed -E 's/task 0x[0-9a-f]+/task ADDR/'; }

./dump list | strip_addr >list.txt
cat >want.txt <<WANT
asyncc: tasks of this thread's loop
task ADDR: running, resumed from:
  at $F:38 (main)
task ADDR: sleeping
  at $F:12 (leaf)
  at $F:15 (middle)
  at $F:19 (outer)
task ADDR: sleeping
  at $F:12 (leaf)
asyncc: 3 tasks
WANT
check 'ac_dump_tasks: every task with its chain of awaits' diff -u want.txt list.txt

# The debug mode: SIGQUIT while the hog holds the loop, then its warning
# and the unjoined task's.
ASYNCC_DEBUG=1 ASYNCC_DEBUG_SLOW_MS=200 ./dump hog 1500 >hog.out 2>hog.err &
pid=$!
for _ in $(seq 100); do grep -q hogging hog.out 2>/dev/null && break; sleep 0.05; done
sleep 0.2
kill -QUIT $pid
wait $pid
check 'the program survives the dump and ends normally' test $? -eq 0
strip_addr <hog.err >hog.txt
check 'SIGQUIT dump while a step holds the loop names the hog' \
  grep -A1 -F 'task ADDR: running, resumed from:' hog.txt
check 'the running task is the hog, resumed from its sleep' grep -qF "  at $F:22 (hog)" hog.txt
check 'the dump shows the 3-deep chain' grep -A2 -F "  at $F:12 (leaf)" hog.txt
check 'the slow step is reported with its await' \
  grep -A1 -E 'a step of task ADDR held the loop for (1[4-9]|[2-9])[0-9]{2} ms' hog.txt
check 'the slow step site' bash -c "grep -A1 'held the loop' hog.txt | grep -qF '  at $F:22 (hog)'"
check 'the unjoined task is reported' bash -c "grep -A1 'never joined or detached' hog.txt | grep -qF '  at $F:32 (lonely)'"
# Without the debug mode: no warnings, and SIGQUIT keeps its default.
./dump hog 300 >quiet.out 2>quiet.err
check 'no debug mode: no warnings' test ! -s quiet.err
finish
