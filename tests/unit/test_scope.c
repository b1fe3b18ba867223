/* test_scope.c - interning and the typedef-name scopes. */
#include "testutil.h"

static void test_scope_interning_gives_one_sym_per_name(void **state) {
  (void)state;
  arena *a = arena_new();
  symtab *t = symtab_new(a);
  sym *x = sym_intern(t, "x_and_more", 1);
  assert_ptr_equal(x, sym_intern(t, "x", 1));
  assert_ptr_not_equal(x, sym_intern(t, "y", 1));
  assert_string_equal(x->name, "x");
  /* Growth keeps every name findable. */
  char name[32];
  sym *first = sym_intern(t, "n0", 2);
  for (int i = 0; i < 20000; i++) {
    int n = snprintf(name, sizeof name, "n%d", i);
    sym_intern(t, name, (size_t)n);
  }
  assert_ptr_equal(first, sym_intern(t, "n0", 2));
  symtab_free(t);
  arena_free(a);
}

static void test_scope_inner_declaration_shadows_and_pops(void **state) {
  (void)state;
  arena *a = arena_new();
  symtab *t = symtab_new(a);
  sym *T = sym_intern(t, "T", 1);
  assert_int_equal(sym_lookup(T), SYM_NONE);
  scope_declare(t, T, SYM_TYPEDEF);
  scope_push(t);
  assert_int_equal(sym_lookup(T), SYM_TYPEDEF);
  scope_declare(t, T, SYM_VAR);
  assert_int_equal(sym_lookup(T), SYM_VAR);
  scope_push(t);
  scope_declare(t, T, SYM_TYPEDEF);
  assert_int_equal(sym_lookup(T), SYM_TYPEDEF);
  scope_pop(t);
  assert_int_equal(sym_lookup(T), SYM_VAR);
  scope_pop(t);
  assert_int_equal(sym_lookup(T), SYM_TYPEDEF);
  assert_int_equal(scope_depth(t), 0);
  scope_pop(t); /* popping file scope is a no-op */
  assert_int_equal(sym_lookup(T), SYM_TYPEDEF);
  symtab_free(t);
  arena_free(a);
}

static void test_scope_redeclaration_in_same_scope_replaces(void **state) {
  (void)state;
  arena *a = arena_new();
  symtab *t = symtab_new(a);
  sym *s = sym_intern(t, "s", 1);
  scope_push(t);
  scope_declare(t, s, SYM_VAR);
  scope_declare(t, s, SYM_TYPEDEF);
  assert_int_equal(sym_lookup(s), SYM_TYPEDEF);
  scope_pop(t);
  assert_int_equal(sym_lookup(s), SYM_NONE);
  symtab_free(t);
  arena_free(a);
}

static void test_scope_deep_nesting(void **state) {
  (void)state;
  arena *a = arena_new();
  symtab *t = symtab_new(a);
  sym *v = sym_intern(t, "v", 1);
  for (int i = 0; i < 1000; i++) {
    scope_push(t);
    scope_declare(t, v, i % 2 ? SYM_TYPEDEF : SYM_VAR);
  }
  for (int i = 999; i >= 0; i--) {
    assert_int_equal(sym_lookup(v), i % 2 ? SYM_TYPEDEF : SYM_VAR);
    scope_pop(t);
  }
  assert_int_equal(sym_lookup(v), SYM_NONE);
  symtab_free(t);
  arena_free(a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_scope_interning_gives_one_sym_per_name),
      cmocka_unit_test(test_scope_inner_declaration_shadows_and_pops),
      cmocka_unit_test(test_scope_redeclaration_in_same_scope_replaces),
      cmocka_unit_test(test_scope_deep_nesting),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
