#!/usr/bin/env bash
# timers_demo.sh - examples/timers_demo.c on the virtual clock prints
# exactly timers_demo.expected (every await suspending, too); on the real
# clock it runs to the end as well (its times may be late: not compared).
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/servers.sh" timers_demo
want=$E2E_DIR/examples/timers_demo.expected

for suspend in 0 1; do
  ASYNCC_VIRTUAL_CLOCK=1 ASYNCC_DEBUG_SUSPEND=$suspend timeout 10 "$BIN/timers_demo" >got.txt 2>err.txt
  rc=$?
  if [ "$rc" -eq 0 ] && cmp -s "$want" got.txt; then
    pass
  else
    fail "virtual clock, every await suspending=$suspend: exit $rc, $(diff "$want" got.txt | head -5; cat err.txt)"
  fi
done
check "real clock" bash -c "timeout 10 '$BIN/timers_demo' >got.txt && tail -1 got.txt | grep -q 'done, 0 tasks left'"
finish
