#!/usr/bin/env bash
# valgrind.sh - Valgrind memcheck over a representative set of the built
# programs: the example programs under their end-to-end tests
# (tests/e2e/examples/), the runtime's unit suites (test_rt_*), and the
# translator on a few inputs (valid, --print-ast, malformed). Every program
# runs under
#   valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
# and fails on any memcheck error or definite leak.
#
# The e2e scripts are unchanged: they run against a copy of the build's
# bin/ where the examples are wrappers that exec valgrind on the real
# binaries (the test clients stay native), so a server's exit status after
# SIGTERM is 99 when memcheck found something. Valgrind's reports go to
# log files (stderr stays what the tests compare); any log with errors is
# printed and fails the run.
#
# Usage: scripts/valgrind.sh [BUILD_DIR]   (default build/, configured if
# needed). VALGRIND_SET=ci (the default, CI's step in scripts/test.sh,
# under a minute on 2 cores) or full (a few minutes).
#   ci:   the e2e tests of echo_server, http_server, chat_server,
#         timers_demo, fetch_client and file_hasher; the runtime suites
#         test_rt_sync, _tasks, _time, _signal, _pool; the translator
#         on every example and runtime test source, with --print-ast, and on
#         3 malformed inputs.
#   full: also test_rt_io (fails under valgrind for now: see
#         docs/reliability.md) and every input of tests/e2e/malformed/.
# Not run under valgrind: examples/emfile.sh (ulimit -n 64 is too few for
# valgrind's own descriptors; descriptor exhaustion is in tests/e2e/load.sh)
# and the load tests (far too slow under valgrind).
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
build=${1:-build}
SET=${VALGRIND_SET:-ci}
command -v valgrind >/dev/null || { echo "valgrind is not installed (scripts/deps.sh)" >&2; exit 1; }
[ -f "$build/build.ninja" ] || [ -f "$build/Makefile" ] ||
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" >/dev/null || { echo "build failed" >&2; exit 1; }
BUILD=$(cd "$build" && pwd)

VG=$(mktemp -d "${TMPDIR:-/tmp}/asyncc-valgrind.XXXXXX")
[ -n "${VALGRIND_KEEP:-}" ] || trap 'rm -rf "$VG"' EXIT # VALGRIND_KEEP=1: keep the logs
LOGS=$VG/logs
mkdir -p "$LOGS" "$VG/build/bin"
VALGRIND=(valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
  --show-leak-kinds=definite --num-callers=30 --suppressions="$ROOT/scripts/valgrind.supp")

# The shadow build directory: wrappers for the examples, links for the rest.
for f in "$BUILD"/bin/*; do
  ln -s "$f" "$VG/build/bin/$(basename "$f")"
done
for ex in echo_server http_server chat_server timers_demo fetch_client file_hasher; do
  rm -f "$VG/build/bin/$ex"
  printf '#!/bin/sh\nexec %s --log-file=%s/%s.%%p.log %s "$@"\n' \
    "${VALGRIND[*]}" "$LOGS" "$ex" "$BUILD/bin/$ex" >"$VG/build/bin/$ex"
  chmod +x "$VG/build/bin/$ex"
done

PASSED=0 FAILED=0
result() { # WHAT RC SECONDS
  if [ "$2" -eq 0 ]; then
    PASSED=$((PASSED + 1))
    printf 'ok   %-45s %3ss\n' "$1" "$3"
  else
    FAILED=$((FAILED + 1))
    printf 'FAIL %-45s %3ss (exit %s)\n' "$1" "$3" "$2"
  fi
}
run() { # WHAT CMD...: output in $LOGS/WHAT.out
  local what=$1 t0=$SECONDS rc
  shift
  "$@" >"$LOGS/${what//\//_}.out" 2>&1
  rc=$?
  result "$what" $rc $((SECONDS - t0))
  [ $rc -eq 0 ] || tail -20 "$LOGS/${what//\//_}.out"
}

# 1. The example programs under their e2e tests.
examples=(echo http chat timers_demo fetch_client file_hasher)
for e in "${examples[@]}"; do
  run "e2e examples/$e" env ASYNCC="$BUILD/bin/asyncc" SRC_DIR="$ROOT" BUILD_DIR="$VG/build" \
    E2E_DIR="$ROOT/tests/e2e" timeout 600 bash "$ROOT/tests/e2e/examples/$e.sh"
done

# 2. The runtime's unit suites.
suites=(sync tasks time signal pool)
[ "$SET" = full ] && suites+=(io)
for s in "${suites[@]}"; do
  run "test_rt_$s" timeout 600 "${VALGRIND[@]}" --log-file="$LOGS/test_rt_$s.%p.log" "$BUILD/bin/test_rt_$s"
done

# 3. The translator: valid inputs (exit 0), malformed ones (exit 1).
inputs=(examples/*.c tests/unit/rt_{io,pool,signal,sync,tasks,time}.c)
for f in "${inputs[@]}"; do
  run "asyncc $f" timeout 300 "${VALGRIND[@]}" --log-file="$LOGS/asyncc.%p.log" \
    "$BUILD/bin/asyncc" -Iruntime/include -Itests/unit -Iruntime/src "$f" -o "$VG/out.c"
done
run "asyncc --print-ast examples/echo_server.c" timeout 300 "${VALGRIND[@]}" --log-file="$LOGS/asyncc.%p.log" \
  "$BUILD/bin/asyncc" --print-ast -Iruntime/include examples/echo_server.c -o "$VG/out.c"
malformed=(eof_in_function.c unterminated_string.c async_vla.c)
[ "$SET" = full ] && malformed=($(cd tests/e2e/malformed && ls *.c))
for f in "${malformed[@]}"; do # exit 1 (0 for the ok_* inputs), 99 on a memcheck error
  run "asyncc malformed/$f" bash -c "timeout 300 ${VALGRIND[*]} --log-file=$LOGS/asyncc.%p.log \
    '$BUILD/bin/asyncc' -Itests/e2e/malformed 'tests/e2e/malformed/$f' -o '$VG/out.c' >/dev/null 2>&1; \
    rc=\$?; case $f in ok_*) test \$rc -eq 0;; *) test \$rc -eq 1;; esac"
done

# Any report with errors or definite leaks (also those that a test script
# did not see as an exit status, e.g. a server it killed).
bad=$(grep -lE 'ERROR SUMMARY: [1-9]|definitely lost: [1-9]' "$LOGS"/*.log 2>/dev/null)
for f in $bad; do
  FAILED=$((FAILED + 1))
  echo "FAIL valgrind report $(basename "$f"):"
  grep -v '^==[0-9]*== *$' "$f" | head -60
done
echo "valgrind ($SET): $(ls "$LOGS"/*.log | wc -l) processes checked; $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
