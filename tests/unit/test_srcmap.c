/* test_srcmap.c - offsets back to file:line:col through line markers. */
#include "testutil.h"

static const char text[] =
    "# 1 \"main.c\"\n"             /* 0 */
    "int a;\n"                     /* main.c:1 */
    "# 1 \"/usr/include/x.h\" 1 3 4\n"
    "int b;\n"                     /* x.h:1, system, extern C */
    "\n"
    "  int c;\n"                   /* x.h:3 */
    "# 5 \"main.c\" 2\n"
    "int d;\n"                     /* main.c:5 */
    "#pragma once\n"
    "int e;\n";                    /* main.c:7: a pragma is a line too */

static size_t at(const char *needle) { return (size_t)(strstr(text, needle) - text); }

static void test_srcmap_follows_markers(void **state) {
  (void)state;
  arena *A = arena_new();
  srcmap m;
  srcmap_init(&m, text, strlen(text), "fallback", A);
  srcpos p = srcmap_locate(&m, at("int a"));
  assert_string_equal(p.file, "main.c");
  assert_int_equal(p.line, 1);
  assert_int_equal(p.col, 1);
  assert_int_equal(p.sys, 0);
  p = srcmap_locate(&m, at("b;"));
  assert_string_equal(p.file, "/usr/include/x.h");
  assert_int_equal(p.line, 1);
  assert_int_equal(p.col, 5);
  assert_int_equal(p.sys, 1);
  assert_int_equal(p.externc, 1);
  p = srcmap_locate(&m, at("int c"));
  assert_int_equal(p.line, 3);
  assert_int_equal(p.col, 3);
  p = srcmap_locate(&m, at("int d"));
  assert_string_equal(p.file, "main.c");
  assert_int_equal(p.line, 5);
  assert_int_equal(p.sys, 0);
  p = srcmap_locate(&m, at("int e"));
  assert_int_equal(p.line, 7);
  /* Going backwards restarts the scan and still answers right. */
  p = srcmap_locate(&m, at("int a"));
  assert_string_equal(p.file, "main.c");
  assert_int_equal(p.line, 1);
  arena_free(A);
}

static void test_srcmap_without_markers_uses_given_name(void **state) {
  (void)state;
  arena *A = arena_new();
  const char *s = "a\nbb\nccc";
  srcmap m;
  srcmap_init(&m, s, strlen(s), "<stdin>", A);
  srcpos p = srcmap_locate(&m, 7);
  assert_string_equal(p.file, "<stdin>");
  assert_int_equal(p.line, 3);
  assert_int_equal(p.col, 3);
  p = srcmap_locate(&m, 100); /* past the end: clamped */
  assert_int_equal(p.line, 3);
  arena_free(A);
}

static void test_srcmap_parses_escaped_names_and_line_directives(void **state) {
  (void)state;
  arena *A = arena_new();
  int line, sys, ext;
  const char *file = NULL;
  const char m1[] = "# 42 \"dir\\\\with \\\"quote\\\".c\" 2 3";
  assert_true(srcmap_parse_marker(m1, m1 + strlen(m1), A, &line, &file, &sys, &ext));
  assert_int_equal(line, 42);
  assert_string_equal(file, "dir\\with \"quote\".c");
  assert_int_equal(sys, 1);
  const char m2[] = "#line 7 \"x.c\"";
  assert_true(srcmap_parse_marker(m2, m2 + strlen(m2), A, &line, &file, &sys, &ext));
  assert_int_equal(line, 7);
  assert_string_equal(file, "x.c");
  const char m3[] = "#pragma GCC diagnostic push";
  assert_false(srcmap_parse_marker(m3, m3 + strlen(m3), A, &line, &file, &sys, &ext));
  const char m4[] = "#lineno 3";
  assert_false(srcmap_parse_marker(m4, m4 + strlen(m4), A, &line, &file, &sys, &ext));
  arena_free(A);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_srcmap_follows_markers),
      cmocka_unit_test(test_srcmap_without_markers_uses_given_name),
      cmocka_unit_test(test_srcmap_parses_escaped_names_and_line_directives),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
