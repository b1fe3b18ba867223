/* ?: with awaits in one arm, both arms and the condition: only the chosen
 * arm's awaits run. */
#include <stdio.h>

static int calls;
static async int yv(int v) { calls++; await ac_yield(); return v; }

async int main(void) {
  int a = 1, b = 0;
  int r1 = a ? await yv(10) : 20;
  int r2 = b ? await yv(30) : await yv(40);
  int r3 = await yv(a) ? 5 : await yv(6);
  int r4 = (b ? await yv(1) : a ? await yv(2) : await yv(3)) + 1;
  printf("%d %d %d %d calls=%d\n", r1, r2, r3, r4, calls);
  return 0;
}
