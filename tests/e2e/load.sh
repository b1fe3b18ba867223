#!/usr/bin/env bash
# load.sh - load and fault tests of the example servers, loopback only,
# each bounded in time. LOAD_MODE=short (the default, the CTest e2e_load,
# well under a minute) or full (scripts/load.sh: minutes).
#  1. soak: wrk against http_server (short 5 s, full 60 s): no socket
#     errors, no non-2xx answers; VmRSS sampled every second must end within
#     a small margin of its value after the warm-up (flat RSS).
#  2. bursts: connections opened and closed BATCH at a time against the
#     echo and HTTP servers (short 1,000, full 10,000), half of them
#     answered, half closed unused (tests/e2e/clients/conn_load.c).
#  3. idle: connections held open (short 500, full 5,000) while the server
#     keeps answering others (wrk / echo_check); then every held one is still
#     open and answered. Then held again: RSS must not grow by more than 10%
#     (the memory of the first round is reused).
#  4. resets: clients resetting mid-request (half a request, the answer
#     unread, data in flight), then served as usual.
#  5. descriptor exhaustion: a server limited to `ulimit -n 256` gets more
#     connections than it has descriptors: it must not spin (CPU time from
#     /proc stays low) and, once clients close, serves those that waited in
#     the backlog, then bursts of new ones.
# After each part the server must still run with as many descriptors open
# as before it (no leaked sockets), and exit 0 on SIGTERM. RSS is not
# checked in sanitizer builds (E2E_CFLAGS with -fsanitize). Lines starting
# with "figure:" are the measurements (docs/reliability.md).
. "$(dirname "$0")/lib.sh"
. "$E2E_DIR/examples/servers.sh" echo_server http_server echo_check conn_load
MODE=${LOAD_MODE:-short}
if [ "$MODE" = full ]; then
  SOAK=60 WARM=10 BURST=10000 IDLE=5000 RESETS=6000 EXH=3000 EXH_KEEP=200 SIDE=10
else
  SOAK=5 WARM=2 BURST=1000 IDLE=500 RESETS=600 EXH=600 EXH_KEEP=200 SIDE=2
fi
BATCH=500
command -v wrk >/dev/null || { fail "wrk is not installed (scripts/deps.sh)"; finish; exit; }

# Descriptors: the idle part holds IDLE connections, both ends in this
# machine (client and server each need IDLE + some).
want_fds=$((IDLE + 2000))
hard=$(ulimit -Hn)
if [ "$hard" != unlimited ] && [ "$hard" -lt "$want_fds" ]; then
  IDLE=$((hard - 1000))
  echo "note: hard descriptor limit $hard: holding $IDLE idle connections instead"
  want_fds=$hard
fi
ulimit -n "$want_fds" || { fail "ulimit -n $want_fds"; finish; exit; }
# RSS is only checked without sanitizers: ASan's quarantine holds freed
# memory back from reuse, so a sanitized server's RSS grows by design.
RSS_CHECKS=1
case "${E2E_CFLAGS:-}" in *-fsanitize*) RSS_CHECKS=0 ;; esac
echo "mode $MODE, descriptor limit $(ulimit -n), RSS checks $([ $RSS_CHECKS = 1 ] && echo on || echo "off (sanitizers)")"
# rss_check WHAT OK: passes if OK is 0 (or RSS is not checked).
rss_check() {
  if [ "$2" -eq 0 ] || [ $RSS_CHECKS = 0 ]; then pass; else fail "$1"; fi
}
figure() { echo "figure: $*"; }

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null; }
fd_count() { ls "/proc/$1/fd" 2>/dev/null | wc -l; }
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }

# same_fds PID NAME BASE: passes once the server has BASE descriptors open
# again (waits up to 10 s for it to see the last closes).
same_fds() {
  local pid=$1 name=$2 base=$3 i n
  for ((i = 0; i < 100; i++)); do
    n=$(fd_count "$pid")
    [ "$n" -le "$base" ] && { pass; return; }
    sleep 0.1
  done
  fail "$name: $n descriptors open, $base before (leaked sockets?)"
}

# wrk_run NAME SECONDS CONNS PORT PATH: runs wrk (its output in NAME.wrk),
# passes if it reports no socket errors and no non-2xx answers.
wrk_run() {
  local name=$1 secs=$2 conns=$3 port=$4 path=${5:-/}
  timeout $((secs + 30)) wrk -t1 -c"$conns" -d"${secs}s" --timeout 5s --latency \
    "http://127.0.0.1:$port$path" >"$name.wrk" 2>&1
  local rc=$?
  if [ $rc -ne 0 ]; then fail "$name: wrk exit $rc: $(head -c 1000 "$name.wrk")"; return; fi
  if grep -q -e 'Socket errors' -e 'Non-2xx' "$name.wrk"; then
    fail "$name: $(grep -e 'Socket errors' -e 'Non-2xx' "$name.wrk" | tr '\n' ' ')"
  else
    pass
  fi
  local rps p50 p99 reqs
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$name.wrk")
  reqs=$(awk '/requests in/ {print $1}' "$name.wrk")
  p50=$(awk '$1 == "50%" {print $2}' "$name.wrk")
  p99=$(awk '$1 == "99%" {print $2}' "$name.wrk")
  figure "$name: wrk ${secs}s $conns connections: $reqs requests, $rps req/s, latency p50 $p50 p99 $p99, socket errors $(grep -c 'Socket errors' "$name.wrk"), non-2xx $(grep -c 'Non-2xx' "$name.wrk")"
}

run_load() { # like run_check (servers.sh) with a longer bound; echoes the client's output
  local what=$1 limit=$2 rc
  shift 2
  timeout "$limit" "$@" >check.out 2>check.err
  rc=$?
  if [ $rc -eq 0 ]; then pass; else fail "$what: exit $rc: $(head -c 2000 check.err)"; fi
  sed "s/^/figure: [$what] /" check.out
}

# 1. Soak: wrk against the HTTP server, VmRSS every second.
start_server http "$BIN/http_server" 0 || { finish; exit; }
base=$(fd_count "$PID")
(
  while kill -0 "$PID" 2>/dev/null; do
    rss_kb "$PID"
    sleep 1
  done
) >rss.log &
sampler=$!
STARTED+=("$sampler")
wrk_run soak "$SOAK" 64 "$PORT" /
kill "$sampler" 2>/dev/null
wait "$sampler" 2>/dev/null
mapfile -t rss <rss.log
n=${#rss[@]}
if [ "$n" -lt $((SOAK - 1)) ]; then
  fail "soak: only $n RSS samples"
else
  start=${rss[0]} warm=${rss[$WARM]} mid=${rss[$((n / 2))]} end=${rss[$((n - 1))]}
  # Slope after the warm-up, least squares, in kB per minute.
  slope=$(printf '%s\n' "${rss[@]:$WARM}" | awk '{x = NR; s += x; t += $1; sxx += x * x; sxy += x * $1}
    END {d = NR * sxx - s * s; printf "%.1f", d ? 60 * (NR * sxy - s * t) / d : 0}')
  margin=$((warm / 20 > 512 ? warm / 20 : 512)) # 5%, at least 512 kB
  figure "soak RSS (kB): start $start, after ${WARM}s warm-up $warm, middle $mid, end $end; slope after warm-up $slope kB/min ($n samples); allowed end <= $((warm + margin))"
  rss_check "soak: RSS grew from $warm kB to $end kB" $(($end > warm + margin))
fi
alive "$PID" http
same_fds "$PID" "http after the soak" "$base"

# 2-4 on the HTTP server (still running) and on the echo server.
H_PID=$PID H_PORT=$PORT H_BASE=$base
start_server echo "$BIN/echo_server" 0 || { finish; exit; }
E_PID=$PID E_PORT=$PORT E_BASE=$(fd_count "$PID")

for proto in echo http; do
  if [ $proto = echo ]; then pid=$E_PID port=$E_PORT base=$E_BASE; else pid=$H_PID port=$H_PORT base=$H_BASE; fi
  rss0=$(rss_kb "$pid")
  # 2. Bursts.
  run_load "$proto: $BURST connections in bursts of $BATCH" 120 "$BIN/conn_load" burst "$port" $proto "$BURST" $BATCH
  alive "$pid" $proto
  same_fds "$pid" "$proto after the bursts" "$base"
  # 3. Idle connections held while others are served; a second time
  # without the others: the memory they took is reused, RSS must not grow
  # by more than 10% the second time (the first sets the high-water mark).
  for round in 1 2; do
  rm -f hold.in hold.out
  mkfifo hold.in
  timeout 180 "$BIN/conn_load" idle "$port" $proto "$IDLE" "$IDLE" <hold.in >hold.out 2>hold.err &
  holder=$!
  STARTED+=("$holder")
  exec 4>hold.in # the holder waits for a line on it
  for ((i = 0; i < 600; i++)); do
    grep -q '^holding' hold.out && break
    kill -0 "$holder" 2>/dev/null || break
    sleep 0.1
  done
  if grep -q '^holding' hold.out; then
    sleep 1 # the server accepts them all
    held_fds=$(fd_count "$pid")
    figure "$proto: $IDLE idle connections held (round $round): server has $held_fds descriptors open, RSS $(rss_kb "$pid") kB"
    if [ $round = 2 ]; then
      :
    elif [ $proto = http ]; then
      wrk_run "http-with-$IDLE-idle" "$SIDE" 32 "$port" /
    else
      run_load "echo: 100 clients while $IDLE are idle" 60 "$BIN/echo_check" load "$port" 100 20
    fi
  fi
  echo go >&4
  exec 4>&-
  wait "$holder"
  rc=$?
  if [ $rc -eq 0 ]; then pass; else fail "$proto: $IDLE idle connections: exit $rc: $(head -c 1000 hold.err)"; fi
  sed "s/^/figure: $proto: /" hold.out
  alive "$pid" $proto
  same_fds "$pid" "$proto after the idle connections" "$base"
  rss_idle[$round]=$(rss_kb "$pid")
  done
  figure "$proto: RSS after $IDLE idle connections closed: ${rss_idle[1]} kB after round 1, ${rss_idle[2]} kB after round 2"
  rss_check "$proto: RSS grew from ${rss_idle[1]} to ${rss_idle[2]} kB holding the same idle connections again" \
    $((rss_idle[2] > rss_idle[1] + rss_idle[1] / 10))
  # 4. Resets mid-request.
  run_load "$proto: $RESETS resets mid-request" 120 "$BIN/conn_load" reset "$port" $proto "$RESETS" 100
  if [ $proto = echo ]; then
    run_load "echo: resets mid-transfer (echo_check)" 60 "$BIN/echo_check" reset "$port" 20
  fi
  alive "$pid" $proto
  same_fds "$pid" "$proto after the resets" "$base"
  figure "$proto: RSS before bursts/idle/resets $rss0 kB, after $(rss_kb "$pid") kB"
done
stop_server "$E_PID" echo
stop_server "$H_PID" http

# 5. Descriptor exhaustion: 256 descriptors, EXH connections, EXH_KEEP of
# them kept once the others close; the server must not spin meanwhile.
for proto in echo http; do
  : >"$proto-256.out" # start_server reads it at once
  start_server "$proto-256" bash -c "ulimit -n 256 && exec \"$BIN/${proto}_server\" 0" || continue
  pid=$PID port=$PORT base=$(fd_count "$PID")
  rm -f hold.in hold.out
  mkfifo hold.in
  timeout 120 "$BIN/conn_load" idle "$port" $proto "$EXH" "$EXH_KEEP" <hold.in >hold.out 2>hold.err &
  holder=$!
  STARTED+=("$holder")
  exec 4>hold.in
  for ((i = 0; i < 300; i++)); do
    grep -q '^holding' hold.out && break
    kill -0 "$holder" 2>/dev/null || break
    sleep 0.1
  done
  sleep 0.5
  t0=$(cpu_ticks "$pid")
  sleep 2
  t1=$(cpu_ticks "$pid")
  figure "$proto: $EXH connections against 256 descriptors: server has $(fd_count "$pid") open, CPU $((t1 - t0)) ticks (1/100 s) in 2 s while out of descriptors"
  if [ $((t1 - t0)) -le 20 ]; then pass; else fail "$proto: busy while out of descriptors: $((t1 - t0)) ticks in 2 s"; fi
  echo go >&4
  exec 4>&-
  wait "$holder"
  rc=$?
  if [ $rc -eq 0 ]; then pass; else fail "$proto: exhaustion, $EXH_KEEP kept connections: exit $rc: $(head -c 1000 hold.err)"; fi
  sed "s/^/figure: $proto: /" hold.out
  run_load "$proto: bursts after exhaustion" 60 "$BIN/conn_load" burst "$port" $proto 1000 100
  alive "$pid" "$proto-256"
  same_fds "$pid" "$proto after exhaustion" "$base"
  stop_server "$pid" "$proto-256"
done
finish
