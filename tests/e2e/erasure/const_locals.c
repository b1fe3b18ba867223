/* const locals, const arrays and pointers to const, initialised from
 * awaits. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

async int main(void) {
  const int base = await yv(40);
  const int table[] = {1, 2, 3};
  const char *const label = "total";
  int *const slot = &(int){0};
  *slot = base + table[await yv(2)];
  printf("%s %d %d\n", label, *slot, base);
  return 0;
}
