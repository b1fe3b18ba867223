/* test_parser.c - the hard cases of parsing C: typedef names, declarators,
 * GNU extensions, and the contextual async/await keywords. */
#include "testutil.h"

/* The init-declarator list of a declaration, and a declarator's name. */
static const char *declared_name(const node *decl) {
  const node *d = ast_first(decl->b)->a;
  while (d && d->kind != AST_D_NAME)
    d = (d->kind == AST_D_PTR || d->kind == AST_D_PAREN) ? d->b : d->a;
  return d ? d->text : NULL;
}

static void test_parser_typedef_name_reused_in_inner_scope(void **state) {
  (void)state;
  parsed *r = parse_ok("typedef int T;\n"
                       "void f(void) { int T = 1; T++; { typedef char T; T c = 0; (void)c; } T--; }\n"
                       "T after;\n");
  node *f = tu_decl(r, 1);
  assert_int_equal(body_item(f, 0)->kind, AST_DECL);
  assert_string_equal(declared_name(body_item(f, 0)), "T");
  assert_int_equal(body_item(f, 1)->kind, AST_EXPR_STMT); /* T++ on the variable */
  assert_int_equal(body_item(f, 2)->kind, AST_COMPOUND);
  assert_int_equal(body_item(f, 3)->kind, AST_EXPR_STMT);
  /* Back at file scope T is the type again. */
  node *after = tu_decl(r, 2);
  assert_int_equal(after->kind, AST_DECL);
  assert_int_equal(ast_first(after->a)->kind, AST_TYPEDEF_NAME);
  parsed_free(r);
}

static void test_parser_star_declaration_vs_multiplication(void **state) {
  (void)state;
  parsed *r = parse_ok("typedef int T; int U, x;\n"
                       "void f(void) { T * a; U * x; }\n");
  node *f = tu_decl(r, 2);
  assert_int_equal(body_item(f, 0)->kind, AST_DECL);
  assert_string_equal(declared_name(body_item(f, 0)), "a");
  node *e = body_item(f, 1);
  assert_int_equal(e->kind, AST_EXPR_STMT);
  assert_int_equal(e->a->kind, AST_BINARY);
  assert_int_equal(e->a->op, '*');
  parsed_free(r);
}

static void test_parser_typedef_redeclared_as_declarator(void **state) {
  (void)state;
  /* After a type specifier, a typedef name is the declarator (Jourdan &
   * Pottier): `unsigned T;` and `T T;` declare variables named T. */
  parsed *r = parse_ok("typedef int T;\n"
                       "void f(void) { unsigned T; }\n"
                       "void g(void) { T T; T = 3; }\n"
                       "struct s { T T; };\n"
                       "typedef int T;\n");
  assert_string_equal(declared_name(body_item(tu_decl(r, 1), 0)), "T");
  assert_int_equal(body_item(tu_decl(r, 2), 1)->kind, AST_EXPR_STMT);
  parsed_free(r);
}

static void test_parser_typedef_in_parameter_is_a_type(void **state) {
  (void)state;
  /* C17 6.7.6.3p11: in `int (T)` inside a parameter list, T is a type:
   * the parameter is an unnamed function taking T. */
  parsed *r = parse_ok("typedef int T;\nvoid f(int (T));\nvoid g(int (x));\n");
  node *p = ast_first(ast_first(tu_decl(r, 1)->b)->a->b);
  assert_int_equal(p->kind, AST_PARAM);
  assert_int_equal(p->b->kind, AST_D_FUNC);
  node *q = ast_first(ast_first(tu_decl(r, 2)->b)->a->b);
  assert_int_equal(q->b->kind, AST_D_PAREN);
  parsed_free(r);
}

static void test_parser_parameters_scope_over_body(void **state) {
  (void)state;
  /* A parameter named like a typedef shadows it in the body only. */
  parsed *r = parse_ok("typedef int T;\n"
                       "int f(int T) { return T * 2; }\n"
                       "T g(T x) { T y = x; return y; }\n");
  node *ret = body_item(tu_decl(r, 1), 0);
  assert_int_equal(ret->kind, AST_RETURN);
  assert_int_equal(ret->a->kind, AST_BINARY);
  parsed_free(r);
}

static void test_parser_for_scope_and_enumerators(void **state) {
  (void)state;
  parsed *r = parse_ok("typedef int T;\n"
                       "void f(void) { for (int T = 0; T < 3; T++) ; T x = 0; (void)x; }\n"
                       "enum e { T, U = T + 1 };\n");
  node *f = tu_decl(r, 1);
  assert_int_equal(body_item(f, 0)->kind, AST_FOR);
  assert_int_equal(body_item(f, 1)->kind, AST_DECL);
  parsed_free(r);
}

static void test_parser_casts_vs_calls(void **state) {
  (void)state;
  parsed *r = parse_ok("typedef int T; int f(int);\n"
                       "int g(int x) { int a = (T)(x); int b = (f)(x); int c = (T)+x; return a + b + c; }\n");
  node *g = tu_decl(r, 2);
  node *a = ast_first(body_item(g, 0)->b)->c;
  node *b = ast_first(body_item(g, 1)->b)->c;
  node *c = ast_first(body_item(g, 2)->b)->c;
  assert_int_equal(a->kind, AST_CAST);
  assert_int_equal(b->kind, AST_CALL);
  assert_int_equal(b->a->kind, AST_PAREN);
  assert_int_equal(c->kind, AST_CAST);
  assert_int_equal(c->b->kind, AST_UNARY);
  parsed_free(r);
}

static void test_parser_attributes_in_glibc_positions(void **state) {
  (void)state;
  parsed *r = parse_ok(
      "extern int printf(const char *__restrict __format, ...) __attribute__((__format__(__printf__, 1, 2)));\n"
      "extern void exit(int) __attribute__((__nothrow__, __leaf__)) __attribute__((__noreturn__));\n"
      "extern int fstat(int fd, void *buf) __asm__(\"\" \"fstat64\") __attribute__((__nothrow__)) __attribute__((__nonnull__(2)));\n"
      "struct __attribute__((packed)) p { char c; int i __attribute__((aligned(8))); } __attribute__((may_alias));\n"
      "typedef int v4si __attribute__((vector_size(16)));\n"
      "__attribute__((unused)) static int s;\n"
      "int *__attribute__((aligned(8))) pp;\n"
      "enum { E1 __attribute__((deprecated)) = 1 };\n"
      "void f(int x __attribute__((unused))) {\n"
      "  switch (x) { case 1: x++; __attribute__((fallthrough)); default: break; }\n"
      "  lbl: __attribute__((unused));\n"
      "}\n");
  assert_int_equal(ast_first(ast_first(tu_decl(r, 2)->b)->b)->kind, AST_ASM_LABEL);
  parsed_free(r);
}

static void test_parser_statement_expressions_and_extension(void **state) {
  (void)state;
  parsed *r = parse_ok("int f(int x) {\n"
                       "  int y = __extension__ ({ int t = x; t * 2; });\n"
                       "  __extension__ long long z = 1LL;\n"
                       "  __extension__ __extension__ (void)0;\n"
                       "  return y + (int)z;\n"
                       "}\n"
                       "__extension__ typedef unsigned long long ull;\n"
                       "struct s { __extension__ union { int a; float b; }; };\n");
  node *init = ast_first(body_item(tu_decl(r, 0), 0)->b)->c;
  assert_int_equal(init->kind, AST_UNARY);
  assert_int_equal(init->a->kind, AST_STMT_EXPR);
  assert_int_equal(body_item(tu_decl(r, 0), 1)->kind, AST_DECL);
  assert_true(tu_decl(r, 1)->flags & DF_TYPEDEF);
  parsed_free(r);
}

static void test_parser_generic_and_builtins(void **state) {
  (void)state;
  parsed *r = parse_ok(
      "typedef __builtin_va_list va_list; struct s { int a[4]; struct { int b; } in; };\n"
      "int f(int n, ...) {\n"
      "  va_list ap; __builtin_va_start(ap, n); int v = __builtin_va_arg(ap, int); __builtin_va_end(ap);\n"
      "  unsigned long o = __builtin_offsetof(struct s, a[2]) + __builtin_offsetof(struct s, in.b);\n"
      "  int c = __builtin_types_compatible_p(int, long);\n"
      "  return _Generic(v, int: 1, long: 2, default: 3) + (int)o + c;\n"
      "}\n");
  node *ret = body_item(tu_decl(r, 2), 6);
  assert_int_equal(ret->kind, AST_RETURN);
  assert_int_equal(ret->a->a->a->kind, AST_GENERIC); /* (_Generic + o) + c */
  parsed_free(r);
}

static void test_parser_asm_statements_and_labels(void **state) {
  (void)state;
  parsed *r = parse_ok(
      "int x asm(\"real_x\");\n"
      "asm(\".globl foo\");\n"
      "int f(int a) {\n"
      "  int b;\n"
      "  __asm__ __volatile__(\"mov %1, %0\" : \"=r\"(b) : \"r\"(a) : \"memory\");\n"
      "  asm goto(\"jmp %l0\" : : : : out);\n"
      "  asm(\"nop\");\n"
      "  asm volatile(\"\" : [out] \"=r\"(b) : [in] \"r\"(a));\n"
      "  return b;\n"
      "out:\n"
      "  return -1;\n"
      "}\n");
  assert_int_equal(tu_decl(r, 1)->kind, AST_TOPLEVEL_ASM);
  node *s = body_item(tu_decl(r, 2), 1);
  assert_int_equal(s->kind, AST_ASM);
  int sections = 0;
  for (node *sec = ast_first(s->c); sec; sec = sec->next)
    sections++;
  assert_int_equal(sections, 3);
  parsed_free(r);
}

static void test_parser_labels_as_values_and_local_labels(void **state) {
  (void)state;
  parsed *r = parse_ok("int f(int i) {\n"
                       "  __label__ again;\n"
                       "  static void *tbl[] = { &&a, &&b };\n"
                       "again:\n"
                       "  goto *tbl[i & 1];\n"
                       "a: return 1;\n"
                       "b: if (i++ < 3) goto again; return 2;\n"
                       "}\n");
  assert_int_equal(body_item(tu_decl(r, 0), 0)->kind, AST_LOCAL_LABELS);
  assert_int_equal(body_item(tu_decl(r, 0), 3)->kind, AST_GOTO_PTR);
  parsed_free(r);
}

static void test_parser_designated_initialisers_and_compound_literals(void **state) {
  (void)state;
  parsed *r = parse_ok("struct p { int x, y; int a[3]; };\n"
                       "struct p v = { .y = 2, .a[1] = 5, .a = { [2] = 3 }, };\n"
                       "int r[10] = { [1 ... 4] = 7, [9] = 1 };\n"
                       "int f(void) { struct p *q = &(struct p){ .x = 1 }; int n = sizeof (int[]){1, 2};\n"
                       "  return q->x + n + ((struct p){0}).y; }\n");
  node *init = ast_first(tu_decl(r, 1)->b)->c;
  assert_int_equal(init->kind, AST_INIT_LIST);
  assert_true(init->flags & DF_TRAILING_COMMA);
  node *first = ast_first(init->a);
  assert_int_equal(ast_first(first->a)->kind, AST_DESIG_FIELD);
  parsed_free(r);
}

static void test_parser_kr_definitions(void **state) {
  (void)state;
  parsed *r = parse_ok("typedef int T;\n"
                       "int f(a, b, c) int a; char *b; T c; { return a + *b + c; }\n"
                       "int g() { return 0; }\n");
  node *f = tu_decl(r, 1);
  assert_int_equal(f->kind, AST_FUNC_DEF);
  assert_non_null(f->c);
  parsed_free(r);
}

static void test_parser_bitfields_and_flexible_arrays(void **state) {
  (void)state;
  parsed *r = parse_ok("struct b { unsigned a : 3, : 0, c : 5; int : 2; signed d : 1; };\n"
                       "struct f { int n; char data[]; };\n"
                       "struct z { int n; char data[0]; };\n");
  node *m = ast_first(ast_first(tu_decl(r, 0)->a)->b);
  node *bits = ast_first(m->b);
  assert_non_null(bits->b); /* width of a */
  assert_null(bits->next->a); /* unnamed : 0 */
  parsed_free(r);
}

static void test_parser_async_and_await_as_names(void **state) {
  (void)state;
  parsed *r = parse_ok("struct uv_async_s; typedef _Bool bool;\n"
                       "int uv_async_init(void *loop, struct uv_async_s *async, void (*cb)(struct uv_async_s *));\n"
                       "int await(int x);\n"
                       "struct s { int async; bool await; };\n"
                       "int f(int async) { bool await = async > 0; return await ? async : -async; }\n"
                       "int g(void) { return await(3); }\n");
  parsed_free(r);
}

static void test_parser_async_declarations(void **state) {
  (void)state;
  parsed *r = parse_ok("typedef long ssize_t;\n"
                       "async int f(int x);\n"
                       "static async ssize_t rd(int fd, char *b, unsigned long n);\n"
                       "typedef async int (*op_fn)(int);\n"
                       "struct ops { async int (*op)(int); };\n"
                       "async int g(int x) { int y = await f(x) + 1; return y + await f(await f(y)); }\n"
                       "__async int h(void) { return __await g(1); }\n");
  node *g = tu_decl(r, 5);
  assert_true(g->flags & DF_ASYNC);
  node *init = ast_first(body_item(g, 0)->b)->c;
  /* await binds like a unary operator: (await f(x)) + 1 */
  assert_int_equal(init->kind, AST_BINARY);
  assert_int_equal(init->a->kind, AST_AWAIT);
  assert_int_equal(init->a->a->kind, AST_CALL);
  parsed_free(r);
}

static void test_parser_nested_functions_and_case_ranges(void **state) {
  (void)state;
  parsed *r = parse_ok("int f(int n) {\n"
                       "  int sq(int v) { return v * v; }\n"
                       "  switch (n) { case 0 ... 9: return sq(n); default: return 0; }\n"
                       "}\n");
  assert_int_equal(body_item(tu_decl(r, 0), 0)->kind, AST_FUNC_DEF);
  parsed_free(r);
}

static void test_parser_labels_before_declarations_and_braces(void **state) {
  (void)state;
  parsed *r = parse_ok("void f(int x) { if (x) goto end; a: int y = x; (void)y; end: }\n");
  parsed_free(r);
}

static void test_parser_gnu_obsolete_forms(void **state) {
  (void)state;
  /* GCC accepts these with at most a warning: a last member without ';',
   * `[i] value` and `field: value` designators. */
  parsed *r = parse_ok("struct s { int a; int b } v = { a: 1, b: 2 };\n"
                       "int arr[3] = { [0] = 1, [1] 2 };\n");
  node *items = ast_first(tu_decl(r, 0)->b)->c->a;
  assert_int_equal(ast_first(ast_first(items)->a)->kind, AST_DESIG_FIELD);
  char *out = printed(r);
  assert_non_null(strstr(out, "{.a=1,.b=2}"));
  assert_non_null(strstr(out, "[1]=2"));
  free(out);
  parsed_free(r);
}

static void test_parser_drops_plain_function_trees(void **state) {
  (void)state;
  /* Pass-through keeps only what the transform needs: declarations and
   * async functions; plain function bodies are freed as soon as parsed. */
  size_t cap = 1 << 20, n = 0;
  char *src = malloc(cap);
  n += (size_t)snprintf(src + n, cap - n, "typedef int T;\n");
  for (int i = 0; i < 3000; i++)
    n += (size_t)snprintf(src + n, cap - n,
                          "static int f%d(T x) { int y = x * %d; for (int i = 0; i < y; i++) y += i; return y; }\n", i, i);
  n += (size_t)snprintf(src + n, cap - n, "async int g(void) { return 1; }\nint last;\n");
  arena *A = arena_new();
  diag d;
  diag_init(&d, stderr, 0);
  diag_set_source(&d, src, n, "<drop>", A);
  parser P;
  node *tu = parse_translation_unit(&P, src, n, A, &d, 0);
  assert_non_null(tu);
  int kinds[3] = {0}, count = 0;
  for (node *e = ast_first(tu->a); e; e = e->next, count++)
    if (count < 3)
      kinds[count] = e->kind;
  assert_int_equal(count, 3); /* typedef, async g, last */
  assert_int_equal(kinds[0], AST_DECL);
  assert_int_equal(kinds[1], AST_FUNC_DEF);
  assert_int_equal(kinds[2], AST_DECL);
  /* 3000 function trees would take megabytes; two chunks are enough. */
  assert_true(arena_bytes(A) <= 2 * 256 * 1024);
  parser_free(&P);
  arena_free(A);
  free(src);
}

static void test_parser_syntax_error_reports_location(void **state) {
  (void)state;
  parsed *r = parse_src("int f(void) {\n  return 1\n}\n");
  assert_null(r->tu);
  /* As GCC: a missing ';' is reported just after the previous token. */
  assert_non_null(strstr(r->errors, "<test>:2:11: error: expected ';' before '}'"));
  parsed_free(r);
  r = parse_src("int x = ;");
  assert_null(r->tu);
  assert_non_null(strstr(r->errors, "<test>:1:9: error:"));
  parsed_free(r);
  r = parse_src("struct s { int a;");
  assert_null(r->tu);
  assert_non_null(strstr(r->errors, "end of input"));
  parsed_free(r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_parser_typedef_name_reused_in_inner_scope),
      cmocka_unit_test(test_parser_star_declaration_vs_multiplication),
      cmocka_unit_test(test_parser_typedef_redeclared_as_declarator),
      cmocka_unit_test(test_parser_typedef_in_parameter_is_a_type),
      cmocka_unit_test(test_parser_parameters_scope_over_body),
      cmocka_unit_test(test_parser_for_scope_and_enumerators),
      cmocka_unit_test(test_parser_casts_vs_calls),
      cmocka_unit_test(test_parser_attributes_in_glibc_positions),
      cmocka_unit_test(test_parser_statement_expressions_and_extension),
      cmocka_unit_test(test_parser_generic_and_builtins),
      cmocka_unit_test(test_parser_asm_statements_and_labels),
      cmocka_unit_test(test_parser_labels_as_values_and_local_labels),
      cmocka_unit_test(test_parser_designated_initialisers_and_compound_literals),
      cmocka_unit_test(test_parser_kr_definitions),
      cmocka_unit_test(test_parser_bitfields_and_flexible_arrays),
      cmocka_unit_test(test_parser_async_and_await_as_names),
      cmocka_unit_test(test_parser_async_declarations),
      cmocka_unit_test(test_parser_nested_functions_and_case_ranges),
      cmocka_unit_test(test_parser_labels_before_declarations_and_braces),
      cmocka_unit_test(test_parser_gnu_obsolete_forms),
      cmocka_unit_test(test_parser_drops_plain_function_trees),
      cmocka_unit_test(test_parser_syntax_error_reports_location),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
