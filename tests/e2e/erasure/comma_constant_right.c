/* An await left of a comma whose right operand is a constant: once the
 * await is hoisted, the comma's value must not become a constant that gcc
 * folds into a comparison it calls always false (-Wtype-limits under
 * -Wextra -Werror), since the input, with a call there, gives no warning. */
#include <stdio.h>

static async unsigned f(unsigned x) { await ac_yield(); return x; }

async int main(void) {
  unsigned i = 0u, n = 0u;
  while (((await f(1u), 4u) % 4u) > i++)
    n++;
  unsigned m = ((await f(2u), 7u) & 0u) < 1u ? 5u : 6u;
  printf("%u %u %u\n", i, n, m);
  return 0;
}
