/* Direct and mutual recursion, with suspensions at every level. */
#include <stdio.h>

static async int is_odd(int n);

static async int fib(int n) {
  if (n < 2) {
    await ac_yield();
    return n;
  }
  return await fib(n - 1) + await fib(n - 2);
}

static async int is_even(int n) { return n == 0 ? 1 : await is_odd(n - 1); }
static async int is_odd(int n) {
  if (n == 0)
    return 0;
  await ac_yield();
  return await is_even(n - 1);
}

async int main(void) {
  for (int i = 0; i <= 15; i += 3)
    printf("fib(%d) = %d\n", i, await fib(i));
  printf("even(10)=%d odd(7)=%d even(7)=%d\n", await is_even(10), await is_odd(7), await is_even(7));
  return 0;
}
