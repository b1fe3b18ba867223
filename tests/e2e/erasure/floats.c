/* Floating-point locals and results across suspensions. */
#include <stdio.h>

static async double scaled(double v, double k) { await ac_yield(); return v * k; }

async int main(void) {
  double acc = 0.5;
  float f = 1.25f;
  for (int i = 1; i <= 4; i++)
    acc += await scaled(acc, 0.5);
  f *= (float)await scaled(2.0, 2.0);
  printf("%.6f %.3f\n", acc, (double)f);
  return 0;
}
