/* Nested loops of all three kinds with awaits at every level. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

async int main(void) {
  long total = 0;
  for (int a = 0; a < 3; a++) {
    int b = 0;
    while (b < 3) {
      int c = 0;
      do {
        total = total * 7 + await yv(a + b + c);
        total %= 1000003;
        c++;
      } while (c < 2);
      b++;
    }
  }
  printf("%ld\n", total);
  return 0;
}
