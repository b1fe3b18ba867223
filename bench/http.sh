#!/usr/bin/env bash
# http.sh - the HTTP example under load: server CPU time per request and
# requests/s under `wrk -t1 -c64` on loopback, asyncc's examples/http_server.c
# beside a hand-written single-threaded epoll server and a libuv server.
#
#     bash bench/http.sh [-n RUNS] [-d SECONDS] [--asyncc PATH] [--runtime LIBASYNCC.A]
#
# Peers: asyncc (examples/http_server.c translated by asyncc, gcc -O2),
# epoll (bench/http/epoll.c) and libuv (bench/http/uv.c, libuv1-dev); all
# answer the same 79-byte keep-alive response. With 2 cores wrk fills one
# and the server the other, so the deciding figure is the server's CPU time
# (user+sys, reported by the server itself at SIGTERM) per response; req/s
# is printed beside it. Every peer runs once per round, RUNS rounds
# (default 5), alternating; medians. Targets: asyncc <= 1.05x epoll and
# <= 1.0x libuv in CPU per request, zero socket errors. Needs wrk.
set -eu

. "$(dirname "$0")/micro.sh"
NAME=http
RUNS=${RUNS:-5}
DURATION=${DURATION:-8}
METRIC=cpu
ASYNCC=${ASYNCC:-$ROOT/build/bin/asyncc}
RUNTIME_LIB=${RUNTIME_LIB:-$ROOT/build/runtime/libasyncc.a}

while [ $# -gt 0 ]; do
  case $1 in
  -n) RUNS=$2; shift 2 ;;
  -d) DURATION=$2; shift 2 ;;
  --asyncc) ASYNCC=$2; shift 2 ;;
  --runtime) RUNTIME_LIB=$2; shift 2 ;;
  -h | --help) micro_usage ;;
  *) echo "$0: unknown option '$1'" >&2; micro_usage ;;
  esac
done
micro_check_options
command -v wrk >/dev/null || { echo "$0: wrk not installed (apt-get install wrk)" >&2; exit 1; }
pkg-config --exists libuv || { echo "$0: libuv not found (apt-get install libuv1-dev)" >&2; exit 1; }

micro_init
build_asyncc asyncc "${SERVER_SRC:-$ROOT/examples/http_server.c}" gcc
gcc -O2 "$ROOT/bench/http/epoll.c" -o "$WORK/bin/epoll"
add_peer epoll "gcc -O2 bench/http/epoll.c"
# shellcheck disable=SC2046
gcc -O2 "$ROOT/bench/http/uv.c" $(pkg-config --cflags --libs libuv) -o "$WORK/bin/libuv"
add_peer libuv "gcc -O2 bench/http/uv.c -luv"

SERVER_PID=
cleanup() { [ -z "$SERVER_PID" ] || kill "$SERVER_PID" 2>/dev/null || true; }
trap cleanup EXIT

# run_one PEER: one server, one wrk run; appends "us_per_req req_s errors".
run_one() {
  local peer=$1 out=$WORK/results/$1.server port wrk_out
  "$WORK/bin/$peer" 0 >"$out" &
  SERVER_PID=$!
  for _ in $(seq 100); do
    port=$(grep -o 'port[= ][0-9]*' "$out" | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break
    sleep 0.05
  done
  [ -n "$port" ] || { echo "$0: $peer printed no port" >&2; exit 1; }
  wrk_out=$(wrk -t1 -c64 -d"${DURATION}s" "http://127.0.0.1:$port/")
  kill -TERM "$SERVER_PID"
  wait "$SERVER_PID" || { echo "$0: $peer exited with $?" >&2; exit 1; }
  SERVER_PID=
  local cpu reqs rps errs
  cpu=$(sed -n 's/.*cpu_us=\([0-9]*\).*/\1/p' "$out")
  reqs=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' "$out")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$wrk_out")
  # "Socket errors: connect 0, read 0, write 0, timeout 0", and non-2xx.
  errs=$(awk '/Socket errors/ { gsub(/,/, ""); e += $4 + $6 + $8 + $10 }
              /Non-2xx/ { e += $NF } END { print e + 0 }' <<<"$wrk_out")
  [ -n "$cpu" ] && [ -n "$reqs" ] && [ "$reqs" -gt 0 ] ||
    { echo "$0: $peer printed '$(cat "$out")'" >&2; exit 1; }
  awk -v c="$cpu" -v r="$reqs" -v s="$rps" -v e="$errs" 'BEGIN { printf "%.3f %.0f %d\n", c / r, s, e }' \
    >>"$WORK/results/$peer"
}

n=${#PEERS[@]}
echo "$NAME: $RUNS rounds of ${PEERS[*]}, wrk -t1 -c64 -d${DURATION}s; files in $WORK" >&2
for round in $(seq 1 "$RUNS"); do
  printf 'round %d/%d\r' "$round" "$RUNS" >&2
  for k in $(seq 0 $((n - 1))); do
    run_one "${PEERS[(k + round) % n]}"
  done
done
echo >&2
errors() { awk '{ s += $3 } END { print s + 0 }' "$WORK/results/$1"; }

printf '%-8s %12s %10s %14s  %s\n' peer cpu-us/req req/s socket-errors build
for p in "${PEERS[@]}"; do
  printf '%-8s %12s %10s %14s  %s\n' "$p" "$(med "$p" 1)" "$(med "$p" 2)" "$(errors "$p")" "$(build_of "$p")"
done
a=$(med asyncc 1)
echo
check "asyncc/epoll server CPU per request (<= 1.05)" 1.05 "$(ratio "$a" "$(med epoll 1)")"
check "asyncc/libuv server CPU per request (<= 1.0)" 1.0 "$(ratio "$a" "$(med libuv 1)")"
check "socket errors, all peers (0)" 0 "$(($(errors asyncc) + $(errors epoll) + $(errors libuv)))"

# The machine-readable summary for bench/run (see micro.sh), if asked for.
if summary_on; then
  summary_info work "wrk -t1 -c64 -d${DURATION}s on loopback, 79-byte keep-alive response"
  summary_info rounds "$RUNS"
  for p in "${PEERS[@]}"; do
    summary_stats "$p" cpu-us/req "$WORK/results/$p" 1 1 %.3f
    summary_stats "$p" req/s "$WORK/results/$p" 2 1 %.0f
    summary "$p" socket-errors "$(errors "$p")"
    summary "$p" build "$(build_of "$p")"
  done
  summary_ratio "asyncc/epoll cpu per request" "$(ratio "$a" "$(med epoll 1)")" 1.05
  summary_ratio "asyncc/libuv cpu per request" "$(ratio "$a" "$(med libuv 1)")" 1.0
fi
micro_verdict
