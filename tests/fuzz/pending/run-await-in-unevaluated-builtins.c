/* pending: WRONG CODE. An await in an operand that GNU C does not
 * evaluate is evaluated (the callee runs, and the task suspends):
 * the unselected arm of __builtin_choose_expr and the operand of
 * __builtin_constant_p. docs/language.md makes 'await' in an operand that
 * is not evaluated an error (sizeof, typeof, _Alignof, an unselected
 * _Generic arm); these two should get it too.
 * Erased program: "choose: 5 calls=0" and "constant_p: 0 calls=0";
 * translated: calls=1 in both:
 *   build/bin/asyncc-cc run-await-in-unevaluated-builtins.c -o t && ./t */
#include <stdio.h>
static int calls;
static async int h(int v) { calls++; await ac_yield(); return v; }
async int main(void) {
  int a = __builtin_choose_expr(0, await h(1), 5);
  printf("choose: %d calls=%d\n", a, calls);
  int ok = calls == 0;
  calls = 0;
  int c = __builtin_constant_p(await h(3));
  printf("constant_p: %d calls=%d\n", c, calls);
  return ok && calls == 0 ? 0 : 1;
}
