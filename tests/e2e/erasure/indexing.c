/* Awaits as array indices, member operands and pointer arithmetic. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

struct box { int v[4]; int *p; };

async int main(void) {
  int data[5] = {10, 20, 30, 40, 50};
  struct box b = {{1, 2, 3, 4}, data};
  int s = data[await yv(2)] + b.v[await yv(3)] + *(b.p + await yv(4));
  b.v[await yv(0)] = await yv(99);
  int *q = &data[await yv(1)];
  *q += await yv(5);
  printf("%d %d %d\n", s, b.v[0], data[1]);
  return 0;
}
