/* goto backwards and forwards across awaits, out of nested loops, and a
 * while (1) left with break. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

async int main(void) {
  int found = -1, n = 0;
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 5; j++)
      if (await yv(i * j) == 6) {
        found = i * 10 + j;
        goto done;
      }
done:
  while (1) {
    n += await yv(3);
    if (n > 10)
      break;
  }
  int k = 0;
retry:
  k++;
  if (await yv(k) < 4)
    goto retry;
  printf("found=%d n=%d k=%d\n", found, n, k);
  return 0;
}
