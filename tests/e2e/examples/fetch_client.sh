#!/usr/bin/env bash
# fetch_client.sh - examples/fetch_client.c against two http_server
# instances, a port where nothing listens (refused) and a server that
# never answers (silent_server: timed out at the deadline), all in one
# run; the fetches run at once (three silent servers time out together,
# not one after the other); bad command lines.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/servers.sh" fetch_client http_server silent_server
F=$BIN/fetch_client

start_server a "$BIN/http_server" 0 || { finish; exit; }
A=$PORT A_PID=$PID
start_server b "$BIN/http_server" 0 || { finish; exit; }
B=$PORT B_PID=$PID
"$BIN/silent_server" >silent.out &
STARTED+=($!)
for ((i = 0; i < 200; i++)); do
  grep -q refused= silent.out && break
  sleep 0.05
done
SILENT=$(sed -n 's/^silent=\([0-9]*\) .*/\1/p' silent.out)
REFUSED=$(sed -n 's/.* refused=\([0-9]*\)$/\1/p' silent.out)
[ -n "$SILENT" ] && [ -n "$REFUSED" ] || { fail "silent_server did not start"; finish; exit; }

# Everything at once; -t 500: the silent server times out.
timeout 20 "$F" -t 500 "127.0.0.1:$A/" "127.0.0.1:$B/big?n=1000000" "http://127.0.0.1:$A/missing" \
  "127.0.0.1:$REFUSED/" "127.0.0.1:$SILENT/" "127.0.0.1:$B" >got.txt 2>err.txt
check "mixed: exit status 1" test $? -eq 1
cat >want.txt <<W
^127\.0\.0\.1:$A/: 200 OK, 13 bytes in [0-9]+ ms\$
^127\.0\.0\.1:$B/big\?n=1000000: 200 OK, 1000000 bytes in [0-9]+ ms\$
^http://127\.0\.0\.1:$A/missing: 404 Not Found, 10 bytes in [0-9]+ ms\$
^127\.0\.0\.1:$REFUSED/: error: Connection refused\$
^127\.0\.0\.1:$SILENT/: timed out after 500 ms\$
^127\.0\.0\.1:$B: 200 OK, 13 bytes in [0-9]+ ms\$
W
lines_match() { # each line of got.txt matches the same line of want.txt
  [ "$(wc -l <got.txt)" -eq "$(wc -l <want.txt)" ] || return 1
  paste -d '\n' want.txt got.txt | while IFS= read -r re && IFS= read -r line; do
    [[ "$line" =~ $re ]] || { echo "\"$line\" !~ $re" >&2; exit 1; }
  done
}
check "mixed: a line per URL, in order: $(cat got.txt err.txt | tr '\n' '|')" lines_match

# Only good URLs: exit status 0.
check "all good: exit status 0" bash -c "timeout 20 '$F' 127.0.0.1:$A/ 127.0.0.1:$B/big?n=5 >/dev/null"

# Concurrent: three silent fetches with -t 1000 take about 1 s, not 3.
t0=$(date +%s%N)
timeout 20 "$F" -t 1000 "127.0.0.1:$SILENT/1" "127.0.0.1:$SILENT/2" "127.0.0.1:$SILENT/3" >got.txt
rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
check "three timeouts: exit status 1" test $rc -eq 1
check "three timeouts: $(grep -c 'timed out after 1000 ms' got.txt) lines" test "$(grep -c 'timed out after 1000 ms' got.txt)" -eq 3
check "three timeouts in ${ms} ms, together" test "$ms" -ge 1000 -a "$ms" -lt 2500

# Command lines.
"$F" >/dev/null 2>&1
check "no URL: exit status 2" test $? -eq 2
"$F" -t 100 127.0.0.1 >/dev/null 2>&1
check "no port: exit status 2" test $? -eq 2
"$F" -t x 127.0.0.1:1/ >/dev/null 2>&1
check "bad timeout: exit status 2" test $? -eq 2

alive "$A_PID" a
alive "$B_PID" b
stop_server "$A_PID" a
stop_server "$B_PID" b
finish
