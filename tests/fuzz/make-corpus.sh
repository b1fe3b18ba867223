#!/usr/bin/env bash
# make-corpus.sh - regenerates the seed corpus (tests/fuzz/corpus/) from the
# repository's programs: the erasure tests, the malformed cases, the
# examples and the runtime's async sources, each preprocessed as asyncc
# does (cc -E -D__ASYNCC__=1 -isystem runtime/include -include asyncc.h).
#
# Every seed is a valid preprocessed unit. To keep them small, the text of
# system headers is cut out: each seed keeps asyncc.h and the program's own
# lines, and of the system headers only their type definitions
# (tests/fuzz/trim_headers.py: the function declarations go), except for a
# few seeds (SYSTEM_KEEP) that keep everything.
# Files the preprocessor rejects are skipped. Names are content hashes.
set -eu
cd "$(dirname "$0")/../.."
OUT=tests/fuzz/corpus
CC=${CC:-cc}
SYSTEM_KEEP="examples/hello.c tests/e2e/erasure/switch_fallthrough.c runtime/src/async/sync.c"
rm -rf "$OUT"
mkdir -p "$OUT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
for f in tests/e2e/erasure/*.c tests/e2e/malformed/*.c examples/*.c runtime/src/async/*.c; do
  if ! $CC -E -D__ASYNCC__=1 -Iruntime/src -isystem runtime/include -include asyncc.h -x c "$f" \
      -o "$tmp/pp.c" 2>/dev/null; then
    continue
  fi
  case " $SYSTEM_KEEP " in
    *" $f "*) cp "$tmp/pp.c" "$tmp/seed.c" ;;
    *)
      python3 tests/fuzz/trim_headers.py "$f" <"$tmp/pp.c" >"$tmp/seed.c" ;;
  esac
  h=$(sha1sum "$tmp/seed.c" | cut -c1-16)
  cp "$tmp/seed.c" "$OUT/$h.c"
  n=$((n + 1))
done
# Hand-written seeds: small units that reach the lowering on their own.
for s in tests/fuzz/seeds/*.c; do
  [ -e "$s" ] || continue
  cp "$s" "$OUT/$(sha1sum "$s" | cut -c1-16).c"
  n=$((n + 1))
done
echo "$n seeds in $OUT ($(du -sh "$OUT" | cut -f1))"
