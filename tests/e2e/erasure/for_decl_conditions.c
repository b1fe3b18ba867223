/* for loops declaring several variables, with awaits in all three
 * clauses. */
#include <stdio.h>

static int calls;
static async int yv(int v) { calls++; await ac_yield(); return v; }

async int main(void) {
  int sum = 0;
  for (int i = await yv(1), j = i + await yv(10); await yv(i) < j; i += await yv(3))
    sum += i;
  printf("sum=%d calls=%d\n", sum, calls);
  return 0;
}
