/* test_lexer.c - token classification: keywords and their GNU spellings,
 * typedef names, contextual async/await, attributes, literals. */
#include "testutil.h"

#define EXPECT_TOKENS(src, tds, async, ...)                                     \
  do {                                                                          \
    int want[] = {__VA_ARGS__};                                                 \
    tokens got = lex_all(src, tds, async);                                      \
    assert_int_equal(got.n, (int)(sizeof want / sizeof *want));                 \
    for (int i = 0; i < got.n; i++)                                             \
      assert_int_equal(got.tok[i], want[i]);                                    \
  } while (0)

static void test_lexer_keywords_and_gnu_spellings(void **state) {
  (void)state;
  EXPECT_TOKENS("__const __inline__ __restrict __signed__ __volatile__ __typeof__ __asm__", NULL, 0,
                CONST, INLINE, RESTRICT, SIGNED, VOLATILE, TYPEOF, ASM);
  EXPECT_TOKENS("_Float128 __float128 _Float64x __int128 __auto_type", NULL, 0, FLOAT_EXT,
                FLOAT_EXT, FLOAT_EXT, INT128, AUTO_TYPE);
}

static void test_lexer_typedef_names(void **state) {
  (void)state;
  EXPECT_TOKENS("T x size_t __builtin_va_list", "T size_t", 0, TYPEDEF_NAME, IDENTIFIER,
                TYPEDEF_NAME, TYPEDEF_NAME);
}

static void test_lexer_async_is_contextual(void **state) {
  (void)state;
  /* A specifier where declaration specifiers follow... */
  EXPECT_TOKENS("async int", NULL, 0, ASYNC, INT);
  EXPECT_TOKENS("static async T", "T", 0, STATIC, ASYNC, TYPEDEF_NAME);
  EXPECT_TOKENS("async __attribute__((x)) void", NULL, 0, ASYNC, ATTRIBUTE, VOID);
  /* ...a name elsewhere (libuv: `uv_async_t *async`). */
  EXPECT_TOKENS("int async;", NULL, 0, INT, IDENTIFIER, ';');
  EXPECT_TOKENS("f(async)", NULL, 0, IDENTIFIER, '(', IDENTIFIER, ')');
  EXPECT_TOKENS("async = 1", NULL, 0, IDENTIFIER, '=', CONSTANT);
  EXPECT_TOKENS("x->async", NULL, 0, IDENTIFIER, PTR_OP, IDENTIFIER);
  /* __async is a keyword everywhere. */
  EXPECT_TOKENS("__async ;", NULL, 0, ASYNC, ';');
}

static void test_lexer_await_only_in_async_bodies(void **state) {
  (void)state;
  EXPECT_TOKENS("await f()", NULL, 0, IDENTIFIER, IDENTIFIER, '(', ')');
  EXPECT_TOKENS("await f()", NULL, 1, AWAIT, IDENTIFIER, '(', ')');
  EXPECT_TOKENS("__await f()", NULL, 0, AWAIT, IDENTIFIER, '(', ')');
}

static void test_lexer_adjacent_attributes_are_one_token(void **state) {
  (void)state;
  tokens t = lex_all("int f(void) __attribute__((a)) __attribute__ ((b(\")\"))) ;", NULL, 0);
  assert_int_equal(t.n, 7);
  assert_int_equal(t.tok[5], ATTRIBUTE);
  assert_int_equal(t.loc[5].begin, 12);
  assert_int_equal(t.tok[6], ';');
  EXPECT_TOKENS("__extension__ __extension__ ({", NULL, 0, EXTENSION, '(', '{');
}

static void test_lexer_literals_and_punctuators(void **state) {
  (void)state;
  EXPECT_TOKENS("L'a' u8\"s\" U\"t\" '\\'' 0x1p-3 1.5e+10f 077ULL .5", NULL, 0, CONSTANT,
                STRING_LITERAL, STRING_LITERAL, CONSTANT, CONSTANT, CONSTANT, CONSTANT, CONSTANT);
  EXPECT_TOKENS("<: :> <% %> ... >>= ->", NULL, 0, '[', ']', '{', '}', ELLIPSIS, SHR_ASSIGN,
                PTR_OP);
}

static void test_lexer_directives_are_not_tokens(void **state) {
  (void)state;
  EXPECT_TOKENS("# 1 \"a.c\"\nint\n  #pragma omp parallel\nx", NULL, 0, INT, IDENTIFIER);
}

static void test_lexer_errors(void **state) {
  (void)state;
  EXPECT_TOKENS("int @", NULL, 0, INT, ACYerror);
  EXPECT_TOKENS("\"abc", NULL, 0, ACYerror);
  EXPECT_TOKENS("x # y", NULL, 0, IDENTIFIER, ACYerror);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lexer_keywords_and_gnu_spellings),
      cmocka_unit_test(test_lexer_typedef_names),
      cmocka_unit_test(test_lexer_async_is_contextual),
      cmocka_unit_test(test_lexer_await_only_in_async_bodies),
      cmocka_unit_test(test_lexer_adjacent_attributes_are_one_token),
      cmocka_unit_test(test_lexer_literals_and_punctuators),
      cmocka_unit_test(test_lexer_directives_are_not_tokens),
      cmocka_unit_test(test_lexer_errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
