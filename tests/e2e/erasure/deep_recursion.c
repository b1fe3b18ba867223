/* Recursion a thousand deep with suspensions, and three-way mutual
 * recursion. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static async long depth(int n) {
  if (n == 0)
    return await yv(0);
  long below = await depth(n - 1);
  return below + n;
}

static async int a3(int n);
static async int b3(int n) { return n <= 0 ? 0 : 1 + await a3(n - 2); }
static async int c3(int n) { return n <= 0 ? 0 : 2 + await b3(n - 1); }
static async int a3(int n) { return n <= 0 ? 0 : 3 + await c3(n - 1); }

async int main(void) {
  printf("%ld %d\n", await depth(1000), await a3(20));
  return 0;
}
