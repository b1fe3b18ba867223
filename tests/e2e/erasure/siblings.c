/* Locals of the same name in sibling and nested blocks, and a loop
 * variable shadowing a parameter. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static async int f(int i) {
  int total = 0;
  {
    int t = await yv(i);
    total += t;
  }
  {
    int t = await yv(i * 2);
    total += t;
    for (int i = 0; i < 2; i++) {
      int t = await yv(100);
      total += t + i;
    }
  }
  return total + i;
}

async int main(void) {
  printf("%d %d\n", await f(1), await f(7));
  return 0;
}
