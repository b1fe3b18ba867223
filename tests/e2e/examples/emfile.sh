#!/usr/bin/env bash
# emfile.sh - examples/echo_server.c out of descriptors: run with
# `ulimit -n 64`, 150 clients connect. Some are served; the others wait in
# the backlog while the server stays idle (its CPU time, from /proc, must
# not grow: no busy accept loop); once the first clients close, everyone
# is served. Then the server still serves new clients and exits 0 on
# SIGTERM. The same with the HTTP server's accept loop.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/servers.sh" echo_server echo_check http_server http_check

start_server echo bash -c "ulimit -n 64 && exec \"$BIN/echo_server\" 0" || { finish; exit; }
run_check "150 clients, 64 descriptors" "$BIN/echo_check" emfile "$PORT" 150 "$PID"
run_check "served afterwards" "$BIN/echo_check" load "$PORT" 40 5
alive "$PID" echo
stop_server "$PID" echo

# The HTTP server, the same way: 150 keep-alive clients hold their
# connections; those beyond the limit are answered once descriptors free up.
start_server http bash -c "ulimit -n 64 && exec \"$BIN/http_server\" 0" || { finish; exit; }
run_check "http: 150 clients, 64 descriptors" "$BIN/http_check" load "$PORT" 150 3
alive "$PID" http
stop_server "$PID" http
finish
