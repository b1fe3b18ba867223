/* Locals keep their values across suspensions in every kind of loop. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static async long loops(int n) {
  long total = 0;
  for (int i = 0; i < n; i++)
    total += await yv(i);
  int j = 0;
  while (j < n) {
    total = total * 3 + await yv(j);
    j += 2;
  }
  int k = n;
  do {
    total -= await yv(k);
  } while (--k > 0);
  for (int a = 0; a < 3; a++)
    for (int b = 0; b < 3; b++) {
      if (b == a)
        continue;
      total += await yv(a * 10 + b);
      if (a == 2)
        break;
    }
  return total;
}

async int main(void) {
  for (int n = 0; n < 6; n++)
    printf("loops(%d) = %ld\n", n, await loops(n));
  return 0;
}
