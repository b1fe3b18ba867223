/* Many parameters, parameters modified in the body, and an array
 * parameter (a pointer in the frame). */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static async int weigh(int a, int b, int c, int d, int e, int f, int g, int h) {
  a += await yv(b);
  h -= await yv(g);
  return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
}

static async int sum(const int v[], int n) {
  int s = 0;
  while (n-- > 0)
    s += await yv(v[n]);
  return s;
}

async int main(void) {
  int v[] = {3, 1, 4, 1, 5, 9, 2, 6};
  printf("%d %d\n", await weigh(1, 2, 3, 4, 5, 6, 7, 8), await sum(v, 8));
  return 0;
}
