#!/usr/bin/env bash
# generated-long.sh [COUNT] - the generated-program erasure test
# (tests/e2e/generated.sh) over many seeds (default 2000) from a random base,
# for a human to run outside CI. Set GEN_SEED_BASE to replay a run; programs
# of failing seeds are copied to $GEN_KEEP (default ./generated-failures),
# with gen-SEED.txt saying what failed. GEN_OPTS passes generator options
# (e.g. GEN_OPTS="--without comma_discard" to leave out a shape whose
# translator bug is known).
set -u
COUNT=${1:-2000}
SRC_DIR=$(cd "$(dirname "$0")/.." && pwd)
export SRC_DIR
export E2E_DIR=$SRC_DIR/tests/e2e
ASYNCC=${ASYNCC:-$SRC_DIR/build/bin/asyncc}
BUILD_DIR=${BUILD_DIR:-$SRC_DIR/build}
# Far above the 1..N seeds CI uses, so a long run covers new programs.
export GEN_SEED_BASE=${GEN_SEED_BASE:-$(((RANDOM << 15 | RANDOM) + 100000))}
export GEN_KEEP=${GEN_KEEP:-$PWD/generated-failures}
[ -x "$ASYNCC" ] || { echo "no asyncc binary at $ASYNCC" >&2; exit 2; }
[ -f "$BUILD_DIR/runtime/libasyncc.a" ] || { echo "no runtime at $BUILD_DIR/runtime/libasyncc.a" >&2; exit 2; }
# Test private copies: a rebuild during the long run would otherwise swap or
# briefly remove the binary or the library under us and show up as spurious
# failures. The copy of asyncc finds its headers in ../include (as installed).
SNAP=$(mktemp -d "${TMPDIR:-/tmp}/generated-long.XXXXXX")
trap 'rm -rf "$SNAP"' EXIT
mkdir -p "$SNAP/bin" "$SNAP/runtime" &&
  cp "$ASYNCC" "$SNAP/bin/asyncc" &&
  cp "$BUILD_DIR/runtime/libasyncc.a" "$SNAP/runtime/" &&
  cp -r "$SRC_DIR/runtime/include" "$SNAP/include" || exit 2
echo "generated-long: testing copies of $ASYNCC and $BUILD_DIR/runtime/libasyncc.a"
export ASYNCC=$SNAP/bin/asyncc BUILD_DIR=$SNAP RUNTIME_INC=$SNAP/include

echo "generated-long: $COUNT seeds from base $GEN_SEED_BASE${GEN_OPTS:+ (generator options: $GEN_OPTS)}"
# The log goes beside the other temporary files, not into the tree.
LOG=${LOG:-${TMPDIR:-/tmp}/generated-long.log}
start=$SECONDS
bash "$E2E_DIR/generated.sh" "$COUNT" 2>&1 | tee "$LOG"
rc=${PIPESTATUS[0]}
secs=$((SECONDS - start))
# generated.sh's own lines carry the counts; restate them with the timing.
counts=$(grep '^generated: seeds' "$LOG" | tail -1)
result=$(tail -1 "$LOG")
nfail=$(grep -c '^FAIL: seed' "$LOG")
seeds_failed=$(grep -o '^FAIL: seed [0-9]*' "$LOG" | sort -u | wc -l)
echo "generated-long: base $GEN_SEED_BASE: ${counts#generated: }; checks: $result;" \
  "$seeds_failed seeds with failures ($nfail failures);" \
  "total $((secs / 60))m$((secs % 60))s (log: $LOG)"
[ "$rc" -eq 0 ] || echo "failing programs kept in $GEN_KEEP"
exit "$rc"
