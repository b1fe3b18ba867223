/* test_diag.c - diagnostic format and column mapping. */
#include "testutil.h"

static void test_diag_prints_location_line_and_caret(void **state) {
  (void)state;
  arena *A = arena_new();
  char *out = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&out, &len);
  diag d;
  diag_init(&d, f, 0);
  const char *src = "int x;\nint y = @;\n";
  diag_set_source(&d, src, strlen(src), "<mem>", A);
  diag_at(&d, DIAG_ERROR, 15, "stray '%c' in program", '@');
  fclose(f);
  assert_string_equal(out, "<mem>:2:9: error: stray '@' in program\n"
                           "    2 | int y = @;\n"
                           "      |         ^\n");
  assert_int_equal(d.errors, 1);
  free(out);
  arena_free(A);
}

static void test_diag_plain_and_warning_counts(void **state) {
  (void)state;
  char *out = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&out, &len);
  diag d;
  diag_init(&d, f, 0);
  diag_plain(&d, DIAG_WARNING, "careful with %s", "that");
  fclose(f);
  assert_string_equal(out, "asyncc: warning: careful with that\n");
  assert_int_equal(d.warnings, 1);
  assert_int_equal(d.errors, 0);
  free(out);
}

static int map(const char *orig, const char *pp, int col) {
  return diag_map_column(orig, strlen(orig), pp, strlen(pp), col);
}

static void test_diag_column_maps_through_collapsed_blanks(void **state) {
  (void)state;
  /* cpp turned tabs, runs of blanks and comments into single spaces. */
  assert_int_equal(map("int\tx  =   /* c */ 1 @;", "int x = 1 @;", 11), 22);
  assert_int_equal(map("  return  y;", "  return y;", 10), 11);
  /* Blanks inside literals are kept by cpp and compared exactly. */
  assert_int_equal(map("f(\"a  b\",   $);", "f(\"a  b\", $);", 11), 13);
  /* Macros expanded before the column: tokens are aligned past them. */
  assert_int_equal(map("X + @", "(1+2) + @", 9), 5);
  assert_int_equal(map("int x = __LINE__ @;", "int x = 1 @;", 11), 18);
  assert_int_equal(map("const char *s = STR(a   b) @;", "const char *s = \"a b\" @;", 23), 28);
  /* A token inside an expansion maps to the macro invocation. */
  assert_int_equal(map("int v = ONE;", "int v = (0 + @);", 14), 9);
  /* A line continuing a comment from the line above. */
  assert_int_equal(map("   line */   y = 2 `;", "   y = 2 `;", 10), 20);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_diag_prints_location_line_and_caret),
      cmocka_unit_test(test_diag_plain_and_warning_counts),
      cmocka_unit_test(test_diag_column_maps_through_collapsed_blanks),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
