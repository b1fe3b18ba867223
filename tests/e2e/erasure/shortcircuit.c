/* && and || keep short-circuiting: the right operand's await runs only when
 * C would evaluate it; the comma operator keeps its order. */
#include <stdio.h>

static int calls;
static async int yv(int v) { calls++; await ac_yield(); return v; }

async int main(void) {
  int *p = 0, x = 4;
  int r1 = p && await yv(*p);
  int r2 = !p || await yv(1);
  int r3 = x > 3 && await yv(x) == 4;
  int r4 = x > 9 || await yv(0);
  printf("r1=%d r2=%d r3=%d r4=%d calls=%d\n", r1, r2, r3, r4, calls);
  int c = 0;
  int r5 = (c = 7, await yv(c + 1));
  printf("r5=%d c=%d calls=%d\n", r5, c, calls);
  if (x == 4 && (await yv(2) == 2 || await yv(9)))
    printf("nested ok calls=%d\n", calls);
  return 0;
}
