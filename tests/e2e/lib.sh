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

finish() {
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}
