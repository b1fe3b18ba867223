#!/usr/bin/env bash
# test.sh - builds asyncc and runs every test suite, then again with
# AddressSanitizer and UndefinedBehaviorSanitizer. Exits non-zero on failure.
set -eu
cd "$(dirname "$0")/.."
bash scripts/deps.sh
jobs=$(nproc)

echo "=== build and test (RelWithDebInfo) ==="
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j "$jobs"

echo "=== build and test with ASan+UBSan ==="
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang \
  -DASYNCC_ASAN=ON >/dev/null
cmake --build build-asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

echo "=== runtime tests with ThreadSanitizer ==="
# The pool's workers and the loops' completion stacks are the threaded part.
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang \
  -DASYNCC_TSAN=ON >/dev/null
cmake --build build-tsan --target rt_tests
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 ctest --test-dir build-tsan --output-on-failure -j "$jobs" -R '^unit_rt_'

echo "=== fuzz smoke run (libFuzzer, 60 s, fixed seed) ==="
# The translator's harness (tests/fuzz/, docs/reliability.md): the
# regression inputs, then 60 s of fuzzing from the seed corpus.
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
  -DASYNCC_FUZZ=ON -DASYNCC_TESTS=OFF >/dev/null
cmake --build build-fuzz --target asyncc_fuzz
bash tests/fuzz/smoke.sh build-fuzz/bin/asyncc_fuzz 60

echo "=== valgrind memcheck (examples under their e2e tests, runtime suites, translator) ==="
# scripts/valgrind.sh: the CI subset, about a minute (docs/reliability.md).
bash scripts/valgrind.sh build
