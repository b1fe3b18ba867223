#!/usr/bin/env bash
# deep.sh - a chain of a million nested awaits under the default 8 MiB stack
# (ulimit -s 8192), descending through the fast path and completing upward,
# with and without a suspension at the leaf, in both scheduling modes. In the
# sanitizer build this runs under ASan (E2E_CFLAGS).
. "$(dirname "$0")/lib.sh"
: "${BUILD_DIR:?}"
CC1=${E2E_COMPILERS:-gcc}; CC1=${CC1%% *}
# The output is for the compiler whose preprocessor produced it.
ASYNCC_CPP="$CC1 -E" "$ASYNCC" "$E2E_DIR/deep/chain.c" -o chain.out.c || fail translate
$CC1 -O1 ${E2E_CFLAGS:-} -I"$SRC_DIR/runtime/include" chain.out.c "$BUILD_DIR/runtime/libasyncc.a" -o chain ||
  fail compile
for leaf in 1 0; do
  for mode in 0 1; do
    check "1,000,000 deep, leaf suspends=$leaf, every await suspends=$mode" \
      bash -c "ulimit -s 8192 && ASYNCC_DEBUG_SUSPEND=$mode ./chain 1000000 $leaf >out.txt && grep -q 'result 1142857' out.txt"
  done
done
finish
