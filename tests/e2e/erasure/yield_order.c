/* Plain awaits of ac_yield as statements, as values and in conditions. */
#include <stdio.h>

async int main(void) {
  int n = 0;
  await ac_yield();
  n += await ac_yield();
  while (await ac_yield() == 0 && n < 3)
    n++;
  if (!await ac_yield())
    n *= 10;
  printf("%d\n", n);
  return 0;
}
