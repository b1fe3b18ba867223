/* Awaits on both sides of && in a while condition, and in a do-while's
 * condition with continue. */
#include <stdio.h>

static int calls;
static async int yv(int v) { calls++; await ac_yield(); return v; }

async int main(void) {
  int i = 0, j = 10;
  while (await yv(i) < 5 && await yv(j) > 6) {
    i++;
    j--;
  }
  int k = 0, odd = 0;
  do {
    k++;
    if (k % 2 == 0)
      continue;
    odd++;
  } while (await yv(k) < 9 || await yv(0));
  printf("i=%d j=%d k=%d odd=%d calls=%d\n", i, j, k, odd, calls);
  return 0;
}
