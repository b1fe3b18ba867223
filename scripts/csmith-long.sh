#!/usr/bin/env bash
# csmith-long.sh [COUNT] - the csmith differential test (tests/e2e/csmith.sh)
# over many seeds from a random base, for a human to run outside CI.
# Set CSMITH_SEED_BASE to replay a run; programs of failing seeds are copied
# to $CSMITH_KEEP (default ./csmith-failures).
set -u
COUNT=${1:-500}
SRC_DIR=$(cd "$(dirname "$0")/.." && pwd)
export SRC_DIR
export E2E_DIR=$SRC_DIR/tests/e2e
export ASYNCC=${ASYNCC:-$SRC_DIR/build/bin/asyncc}
# Far above the 1..N seeds CI uses, so a long run covers new programs.
export CSMITH_SEED_BASE=${CSMITH_SEED_BASE:-$(( (RANDOM << 15 | RANDOM) + 100000 ))}
export CSMITH_KEEP=${CSMITH_KEEP:-$PWD/csmith-failures}
[ -x "$ASYNCC" ] || { echo "no asyncc binary at $ASYNCC" >&2; exit 2; }
# Test a private copy: a rebuild during the long run would otherwise swap or
# briefly remove the binary under us and show up as spurious failures.
SNAP=$(mktemp -d "${TMPDIR:-/tmp}/csmith-long.XXXXXX")
trap 'rm -rf "$SNAP"' EXIT
cp "$ASYNCC" "$SNAP/asyncc" || exit 2
echo "csmith-long: testing a copy of $ASYNCC"
ASYNCC=$SNAP/asyncc

echo "csmith-long: $COUNT seeds from base $CSMITH_SEED_BASE"
# The log goes beside the other temporary files, not into the tree.
LOG=${LOG:-${TMPDIR:-/tmp}/csmith-long.log}
start=$SECONDS
bash "$E2E_DIR/csmith.sh" "$COUNT" 2>&1 | tee "$LOG"
rc=${PIPESTATUS[0]}
secs=$((SECONDS - start))
# csmith.sh's own lines carry the counts; restate them with the timing.
counts=$(grep '^csmith: seeds' "$LOG" | tail -1)
result=$(tail -1 "$LOG")
echo "csmith-long: base $CSMITH_SEED_BASE: ${counts#csmith: }; checks: $result;" \
  "total $((secs / 60))m$((secs % 60))s (log: $LOG)"
[ "$rc" -eq 0 ] || echo "failing programs kept in $CSMITH_KEEP"
exit "$rc"
