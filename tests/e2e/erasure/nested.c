/* Nested awaits, several awaits in one expression, compound assignments
 * and awaits as call arguments. (Which argument runs first is unspecified
 * in C, so the order is checked by tests/e2e/order.sh, not here.) */
#include <stdio.h>

static int calls;
static async int yv(int v) {
  calls++;
  await ac_yield();
  return v;
}
static async int add(int a, int b) { return await yv(a) + await yv(b); }
static int plain_mul(int a, int b) { return a * b; }

async int main(void) {
  int a = await add(await yv(1), await yv(2));
  int b = plain_mul(await yv(3), await yv(4)) + await yv(5);
  b *= await yv(2);
  b -= await add(1, await add(1, 1));
  printf("a=%d b=%d calls=%d\n", a, b, calls);
  return a == 3 ? 0 : 1;
}
