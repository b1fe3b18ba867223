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

/* Declarations among the cases: before the first case (no code there, so
 * no fallthrough marker either, which would be unreachable), and
 * declarations without code between a statement and the next case. */
static async int declared(int k) {
  int t = 0;
  switch (k) {
    int z;
  case 0:
    z = await yv(1);
    t += z;
    static int calls = 0;
    calls++;
    /* fall through */
  case 1:
    t += 10;
    int y;
    y = await yv(2);
    t += y;
    typedef int I;
    /* fall through */
  case 2: {
    I q = await yv(100);
    t += q;
    break;
  }
    int unused;
  default:
    unused = 3;
    t += unused + calls;
  }
  return t;
}

async int main(void) {
  for (int v = 0; v < 8; v++)
    printf("route(%d)=%d\n", v, await route(v));
  for (int k = 0; k < 4; k++)
    printf("declared(%d)=%d\n", k, await declared(k));
  return 0;
}
