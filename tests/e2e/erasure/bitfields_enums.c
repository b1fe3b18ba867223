/* Bit-field structs, enums and unions as locals across suspensions. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

enum color { RED, GREEN = 5, BLUE };
struct flags { unsigned a : 3, b : 5; signed c : 4; };
union bits { unsigned u; unsigned char bytes[4]; };

async int main(void) {
  struct flags f = {1, 2, -3};
  enum color c = GREEN;
  union bits u;
  u.u = 0;
  f.a += await yv(5);
  f.b = (unsigned)await yv(31);
  c = (enum color)(c + await yv(1));
  u.bytes[0] = (unsigned char)await yv(0xab);
  printf("%u %u %d %d %02x\n", f.a, f.b, f.c, c == BLUE, (unsigned)u.bytes[0]);
  return 0;
}
