/* Types declared inside an async function: a typedef and a struct tag,
 * used by locals that live across awaits. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

async int main(void) {
  typedef struct { int lo, hi; } range;
  struct acc { long sum; int n; };
  range r = {await yv(2), await yv(9)};
  struct acc a = {0, 0};
  for (int i = r.lo; i <= r.hi; i++) {
    a.sum += await yv(i);
    a.n++;
  }
  printf("%ld %d\n", a.sum, a.n);
  return 0;
}
