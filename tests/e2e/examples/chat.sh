#!/usr/bin/env bash
# chat.sh - examples/chat_server.c against chat_check (tests/e2e/clients):
# four clients, lines broadcast to the others only, a client that does not
# read is disconnected without costing the others a line, clients leaving
# (politely and with a reset) do not disturb the rest; then SIGTERM with a
# client connected: exit 0, the client's connection closed. The scenario
# again with every await suspending (ASYNCC_DEBUG_SUSPEND=1).
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/servers.sh" chat_server chat_check

start_server chat "$BIN/chat_server" 0 || { finish; exit; }
run_check "broadcast, a slow client, departures" "$BIN/chat_check" "$PORT"
alive "$PID" chat
if grep -q 'too slow, disconnecting' chat.err; then pass; else fail "no slow client was reported"; fi
open_idle "$PORT"
stop_server "$PID" chat
idle_closed chat

start_server chat-suspend env ASYNCC_DEBUG_SUSPEND=1 "$BIN/chat_server" 0 || { finish; exit; }
run_check "every await suspending" "$BIN/chat_check" "$PORT"
stop_server "$PID" chat-suspend
finish
