/* switch with awaits in cases, fallthrough, default in the middle, and a
 * loop inside a case. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static async int route(int v) {
  int acc = 0;
  switch (v % 4) {
  case 0:
    acc += await yv(1);
    /* fall through */
  default:
    acc += await yv(10);
    break;
  case 2:
    for (int i = 0; i < 3; i++)
      acc += await yv(i);
    /* fall through */
  case 3:
    acc += await yv(100);
  }
  return acc;
}

async int main(void) {
  for (int v = 0; v < 8; v++)
    printf("route(%d)=%d\n", v, await route(v));
  return 0;
}
