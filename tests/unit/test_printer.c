/* test_printer.c - printing the tree back gives equivalent C. */
#include "testutil.h"

/* Printing src from its tree must give back exactly its tokens: every
 * parenthesis, keyword spelling and operator, none merged with its neighbour. */
static void assert_same_tokens(const char *src) {
  parsed *r = parse_ok(src);
  char *buf = print_to_string(r);
  char *want = token_string(src), *got = token_string(buf);
  assert_string_equal(got, want);
  free(want);
  free(got);
  free(buf);
  parsed_free(r);
}

static void test_printer_keeps_tokens_apart(void **state) {
  (void)state;
  assert_same_tokens("int f(int a, int *p) { return a - -a + + *p - --a + a / *p + a-- - --a; }");
  assert_same_tokens("int x = 0x1e + 1; double y = 1. + .5; int z = 1 ? 2 : 3; char *s = \"a\" L\"b\";");
  assert_same_tokens("void f(int x) { switch (x) { case 1 ... 5: break; } }");
  assert_same_tokens("int f(int a) { return a & &a != 0 && a | a || a << 1 >> 2 <= 3; }");
}

static void test_printer_keeps_spellings_and_parentheses(void **state) {
  (void)state;
  assert_same_tokens("__const int *__restrict p; int v = ((1 + 2)) * 3; __inline__ int g(void);");
  assert_same_tokens("int (*fp)(int) __attribute__((unused)); __typeof__(fp) q; _Alignas(8) int al;");
}

static void test_printer_declarators_and_initialisers(void **state) {
  (void)state;
  assert_same_tokens("int (*a[3])(void), b[static 4]; void g(int n, int m[const static n], int k[*]);");
  assert_same_tokens("struct p { int x : 3; } v = { .x = 1, }; int r[] = {[0 ... 2] = 1}; enum e { A, B = 2, };");
  assert_same_tokens("typedef struct { int a; } T; T t = (T){ 0 }; int n = sizeof (T){ 1 }.a;");
}

static void test_printer_statements(void **state) {
  (void)state;
  assert_same_tokens("void f(int i) { if (i) if (i > 1) i++; else i--; do i++; while (i < 9); for (;;) break; }");
  assert_same_tokens("void f(void) { l: ; goto l; { } ; }");
  assert_same_tokens("int f(int x) { int y; __asm__ volatile (\"\" : \"=r\"(y) : \"0\"(x) : \"memory\"); return ({ y; }); }");
}

static void test_printer_writes_pragmas_before_next_statement(void **state) {
  (void)state;
  parsed *r = parse_ok("void f(int *a) {\n#pragma omp parallel for\n  for (int i = 0; i < 4; i++) a[i] = i;\n}\n");
  char *buf = print_to_string(r);
  char *pragma = strstr(buf, "#pragma omp parallel for\n");
  assert_non_null(pragma);
  char *loop = strstr(buf, "for(");
  assert_non_null(loop);
  assert_true(pragma < loop);
  /* Nothing but indentation and line markers between them. */
  for (char *p = pragma + strlen("#pragma omp parallel for\n"); p < loop; p++)
    assert_true(*p == ' ' || *p == '\n' || *p == '#' || *p == '"' || *p == '<' || *p == '>' ||
                (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z'));
  free(buf);
  parsed_free(r);
}

static void test_printer_line_markers_follow_source(void **state) {
  (void)state;
  const char *src = "# 1 \"x.c\"\nint a;\n# 40 \"x.c\"\nint b;\n";
  parsed *r = parse_ok(src);
  char *buf = print_to_string(r);
  assert_non_null(strstr(buf, "# 1 \"x.c\"\nint a;\n"));
  assert_non_null(strstr(buf, "# 40 \"x.c\"\nint b;\n"));
  free(buf);
  parsed_free(r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_printer_keeps_tokens_apart),
      cmocka_unit_test(test_printer_keeps_spellings_and_parentheses),
      cmocka_unit_test(test_printer_declarators_and_initialisers),
      cmocka_unit_test(test_printer_statements),
      cmocka_unit_test(test_printer_writes_pragmas_before_next_statement),
      cmocka_unit_test(test_printer_line_markers_follow_source),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
