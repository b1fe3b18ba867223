/* goto into a block and into a loop body, across awaits (legal C; the
 * frame keeps the variables the jump skips over). */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

async int main(void) {
  int n = 0, visits = 0;
  goto inside;
  while (n < 4) {
    visits += 100;
  inside:
    n += await yv(1);
    visits++;
  }
  {
    int k = 7;
    goto skip;
    k = 0;
  skip:
    n += k + await yv(0);
  }
  printf("n=%d visits=%d\n", n, visits);
  return 0;
}
