/* The comma operator keeps its order around awaits: the left operand's
 * side effects happen before the right operand's await starts. */
#include <stdio.h>

static int seen;
static async int peek(void) { await ac_yield(); return seen; }

async int main(void) {
  int a = (seen = 3, await peek());
  int b = (seen++, seen++, await peek() * 10);
  for (int i = 0; i < 3; seen += 2, i++)
    a += await peek();
  printf("%d %d %d\n", a, b, seen);
  return 0;
}
