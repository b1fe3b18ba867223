/* test_arena.c - the translation arena. */
#include <stdint.h>

#include "testutil.h"

static void test_arena_alloc_is_zeroed_and_aligned(void **state) {
  (void)state;
  arena *a = arena_new();
  for (size_t n = 1; n < 200; n += 7) {
    unsigned char *p = arena_alloc(a, n);
    assert_int_equal((uintptr_t)p % 16, 0);
    for (size_t i = 0; i < n; i++)
      assert_int_equal(p[i], 0);
    memset(p, 0xab, n);
  }
  arena_free(a);
}

static void test_arena_large_allocation_gets_its_own_chunk(void **state) {
  (void)state;
  arena *a = arena_new();
  char *small = arena_alloc(a, 10);
  char *big = arena_alloc(a, 1 << 20);
  memset(big, 1, 1 << 20);
  strcpy(small, "intact");
  assert_string_equal(small, "intact");
  assert_true(arena_bytes(a) >= (1 << 20));
  arena_free(a);
}

static void test_arena_strndup_terminates(void **state) {
  (void)state;
  arena *a = arena_new();
  char *s = arena_strndup(a, "hello world", 5);
  assert_string_equal(s, "hello");
  arena_free(a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_arena_alloc_is_zeroed_and_aligned),
      cmocka_unit_test(test_arena_large_allocation_gets_its_own_chunk),
      cmocka_unit_test(test_arena_strndup_terminates),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
