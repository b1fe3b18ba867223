# lib.sh - helpers for the end-to-end scripts (sourced).
# Each script runs in a fresh temporary directory and ends with a summary
# line "N passed, M failed"; it exits non-zero if anything failed.
set -u
: "${ASYNCC:?ASYNCC must name the asyncc binary}"
: "${SRC_DIR:?}" "${E2E_DIR:?}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/asyncc-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
PASSED=0
FAILED=0

pass() { PASSED=$((PASSED + 1)); }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*" >&2; }

# check 'description' command... : passes when the command exits 0.
check() {
  local what=$1; shift
  if "$@"; then pass; else fail "$what"; fi
}

# compare_modes PROG WHAT [SECONDS]: runs ./PROG normally and with every
# await going through the ready queue (ASYNCC_DEBUG_SUSPEND=1); each run
# must print want.txt and exit with $want_rc, as the erased program did.
# Returns 1 when a run differed (each difference is reported by fail).
compare_modes() {
  local prog=$1 what=$2 limit=${3:-60} mode rc bad=0
  for mode in fast suspend; do
    if [ $mode = suspend ]; then export ASYNCC_DEBUG_SUSPEND=1; else unset ASYNCC_DEBUG_SUSPEND; fi
    timeout "$limit" ./"$prog" >got.txt 2>/dev/null
    rc=$?
    if [ "$rc" -ne "$want_rc" ]; then
      fail "$what $mode: exit $rc, erased $want_rc"; bad=1
    elif ! cmp -s want.txt got.txt; then
      fail "$what $mode: output differs: $(diff want.txt got.txt | grep -m2 '^[<>]' | tr '\n' ' ')"; bad=1
    else
      pass
    fi
  done
  unset ASYNCC_DEBUG_SUSPEND
  return $bad
}

finish() {
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}
