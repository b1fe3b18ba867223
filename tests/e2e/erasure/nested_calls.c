/* Awaits nested three deep and inside arguments of plain calls. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static async int add(int a, int b) { return await yv(a) + await yv(b); }
static int sq(int v) { return v * v; }

async int main(void) {
  int r = await add(await add(1, await yv(2)), sq(await yv(3)));
  int s = sq(await add(await yv(1), await yv(1)));
  printf("%d %d\n", r, s);
  return 0;
}
