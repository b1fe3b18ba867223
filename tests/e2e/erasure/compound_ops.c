/* Every compound assignment with an awaited right operand, and ++/-- on
 * locals between awaits. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

async int main(void) {
  unsigned x = 100;
  x += await yv(5);
  x -= await yv(3);
  x *= await yv(2);
  x /= await yv(4);
  x %= await yv(7);
  x <<= await yv(3);
  x >>= await yv(1);
  x &= await yv(0xfe);
  x |= await yv(0x100);
  x ^= await yv(0x11);
  int i = 0;
  i++;
  await yv(0);
  ++i;
  i--;
  printf("%u %d\n", x, i);
  return 0;
}
