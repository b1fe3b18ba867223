# servers.sh - helpers of the example tests (sourced after ../lib.sh):
# starting the example servers on ephemeral ports, stopping them, and
# killing whatever is left when the script exits.
: "${BUILD_DIR:?}"
BIN=$BUILD_DIR/bin
STARTED=() # pids to kill at exit

cleanup() {
  local p
  exec 2>/dev/null # no "Killed" notices from bash
  for p in "${STARTED[@]}"; do
    kill -KILL "$p" 2>/dev/null
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in "$@"; do
  [ -x "$BIN/$tool" ] || { echo "FAIL: $BIN/$tool is not built" >&2; exit 1; }
done

# start_server NAME CMD [ARGS...]: runs CMD in the background (stdout in
# NAME.out, stderr in NAME.err) until it prints "listening on port N":
# sets PID and PORT. Returns 1 (and reports) if it does not within 20 s.
start_server() {
  local name=$1 i
  shift
  "$@" >"$name.out" 2>"$name.err" &
  PID=$!
  STARTED+=("$PID")
  PORT=
  for ((i = 0; i < 400; i++)); do
    PORT=$(sed -n 's/^listening on port \([0-9][0-9]*\)$/\1/p' "$name.out")
    [ -n "$PORT" ] && return 0
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.05
  done
  fail "$name did not start: $(head -c 500 "$name.err")"
  return 1
}

# stop_server PID NAME: SIGTERM, then waits up to 10 s for the exit;
# passes if it exits 0 (else reports, and kills it if it hangs).
stop_server() {
  local pid=$1 name=$2 i rc
  kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < 200; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  if kill -0 "$pid" 2>/dev/null; then
    fail "$name: still running 10 s after SIGTERM"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    return 1
  fi
  wait "$pid"
  rc=$?
  if [ "$rc" -ne 0 ]; then
    fail "$name: exit status $rc after SIGTERM: $(head -c 2000 "$name.err")"
    return 1
  fi
  pass
}

# alive PID NAME: passes if the process still runs.
alive() {
  if kill -0 "$1" 2>/dev/null; then pass; else fail "$2 died: $(head -c 2000 "$2.err")"; fi
}

# run_check WHAT CMD...: runs a test client (30 s at most), output in
# check.out; passes if it exits 0 (its "FAIL:" lines are reported).
run_check() {
  local what=$1 rc
  shift
  timeout 30 "$@" >check.out 2>check.err
  rc=$?
  if [ "$rc" -eq 0 ]; then
    pass
  else
    fail "$what: exit $rc: $(head -c 2000 check.err)"
  fi
  cat check.out
  cat check.out >>checks.log
}

# Connections left open across a shutdown, with bash's /dev/tcp (fd 3):
# open_idle PORT, then after stop_server, idle_closed WHAT passes if the
# server closed it (end of file within 5 s).
open_idle() {
  exec 3<>"/dev/tcp/127.0.0.1/$1"
}
idle_closed() {
  if timeout 5 cat <&3 >/dev/null 2>&1; then pass; else fail "$1: a connection open at shutdown was not closed"; fi
  exec 3<&-
}
