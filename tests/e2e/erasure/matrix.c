/* Two-dimensional arrays in the frame, filled and read across awaits. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

async int main(void) {
  int m[3][4];
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 4; c++)
      m[r][c] = await yv(r * 4 + c);
  long trace = 0;
  for (int k = 0; k < 3; k++)
    trace += m[k][k] * await yv(k + 1);
  printf("%ld %d %zu\n", trace, m[2][3], sizeof m / sizeof m[0]);
  return 0;
}
