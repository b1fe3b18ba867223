#!/usr/bin/env bash
# echo.sh - examples/echo_server.c against echo_check (tests/e2e/clients):
# 200 concurrent clients checking their echoes, a message a byte per
# segment, clients resetting with data in flight both ways (the server
# serves the next one each time), then SIGTERM with a connection open:
# exit 0, the connection closed. Some of it again with every await
# suspending (ASYNCC_DEBUG_SUSPEND=1).
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/servers.sh" echo_server echo_check

start_server echo "$BIN/echo_server" 0 || { finish; exit; }
run_check "200 concurrent clients" "$BIN/echo_check" load "$PORT" 200 20
run_check "a byte per segment" "$BIN/echo_check" bytewise "$PORT"
run_check "clients resetting mid-transfer" "$BIN/echo_check" reset "$PORT" 20
run_check "200 clients after the resets" "$BIN/echo_check" load "$PORT" 200 5
alive "$PID" echo
open_idle "$PORT"
stop_server "$PID" echo
idle_closed echo

# Again with every await going through the ready queue.
start_server echo-suspend env ASYNCC_DEBUG_SUSPEND=1 "$BIN/echo_server" 0 || { finish; exit; }
run_check "every await suspending: 200 clients" "$BIN/echo_check" load "$PORT" 200 5
run_check "every await suspending: resets" "$BIN/echo_check" reset "$PORT" 4
stop_server "$PID" echo-suspend
finish
