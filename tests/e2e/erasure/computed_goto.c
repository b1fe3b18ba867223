/* Labels as values and computed goto across suspensions. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

async int main(void) {
  static void *next[] = {&&one, &&two, &&three};
  int i = 0, trail = 0;
  goto *next[0];
one:
  trail = trail * 10 + await yv(1);
  goto *next[++i];
two:
  trail = trail * 10 + await yv(2);
  goto *next[++i];
three:
  trail = trail * 10 + await yv(3);
  printf("%d\n", trail);
  return 0;
}
