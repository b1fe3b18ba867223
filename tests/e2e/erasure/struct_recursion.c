/* Recursion returning structs built from the results below. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

struct stats { int n; long sum; int max; };

static async struct stats walk(int depth) {
  struct stats s = {1, depth, depth};
  if (depth > 0) {
    struct stats left = await walk(depth - 1);
    struct stats right = await walk(depth - 2 < 0 ? 0 : depth - 2);
    s.n += left.n + right.n;
    s.sum += left.sum + right.sum + await yv(0);
    s.max = left.max > s.max ? left.max : s.max;
  }
  return s;
}

async int main(void) {
  struct stats s = await walk(8);
  printf("%d %ld %d\n", s.n, s.sum, s.max);
  return 0;
}
