#!/usr/bin/env bash
# http.sh - examples/http_server.c against http_check (tests/e2e/clients):
# 200 concurrent keep-alive clients, a request a byte per segment, 10
# pipelined requests answered in order, an 8 MB response to a slow reader,
# clients resetting in the middle of big responses, half-close, the error
# and close cases; then SIGTERM with a connection open: exit 0, the
# "cpu_us=... requests=N" line with N the number of complete responses
# the clients received. Some of it again with every await suspending
# (ASYNCC_DEBUG_SUSPEND=1).
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/servers.sh" http_server http_check

start_server http "$BIN/http_server" 0 || { finish; exit; }
run_check "200 concurrent keep-alive clients" "$BIN/http_check" load "$PORT" 200 10
run_check "a request a byte per segment" "$BIN/http_check" bytewise "$PORT"
run_check "10 pipelined requests" "$BIN/http_check" pipeline "$PORT"
run_check "8 MB to a slow reader" "$BIN/http_check" big "$PORT" 8000000
run_check "resets in big responses" "$BIN/http_check" reset "$PORT" 5
run_check "half-close" "$BIN/http_check" halfclose "$PORT"
run_check "errors and Connection: close" "$BIN/http_check" misc "$PORT"
run_check "200 clients after all that" "$BIN/http_check" load "$PORT" 200 2
alive "$PID" http
open_idle "$PORT"
stop_server "$PID" http
idle_closed http

# The count of responses it printed is the count the clients received.
want=$(($(sed -n 's/.* responses=\([0-9]*\)$/\1/p' checks.log | paste -sd+)))
line=$(grep '^cpu_us=' http.out)
if [[ "$line" =~ ^cpu_us=[0-9]+\ requests=([0-9]+)$ ]] && [ "${BASH_REMATCH[1]}" = "$want" ]; then
  pass
else
  fail "last line \"$line\", expected cpu_us=<n> requests=$want"
fi

# Again with every await going through the ready queue.
start_server http-suspend env ASYNCC_DEBUG_SUSPEND=1 "$BIN/http_server" 0 || { finish; exit; }
run_check "every await suspending: 200 clients" "$BIN/http_check" load "$PORT" 200 3
run_check "every await suspending: pipelining" "$BIN/http_check" pipeline "$PORT"
run_check "every await suspending: errors" "$BIN/http_check" misc "$PORT"
stop_server "$PID" http-suspend
finish
