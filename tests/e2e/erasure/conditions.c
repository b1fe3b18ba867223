/* Awaits in conditions are evaluated again on every test, and in a for
 * loop's step after every pass (continue included). */
#include <stdio.h>

static int calls;
static async int yv(int v) { calls++; await ac_yield(); return v; }

async int main(void) {
  int i = 0, seen = 0;
  while (await yv(i) < 5) {
    i++;
    if (i == 2)
      continue;
    seen += i;
  }
  printf("while: i=%d seen=%d calls=%d\n", i, seen, calls);
  int s = 0;
  for (int k = 0; await yv(k) < 6; k = await yv(k + 1)) {
    if (k % 2)
      continue;
    s += k;
  }
  printf("for: s=%d calls=%d\n", s, calls);
  int d = 0;
  do {
    d++;
    if (d == 3)
      continue;
  } while (await yv(d) < 7);
  printf("do: d=%d calls=%d\n", d, calls);
  if (await yv(3) > 2)
    printf("if: yes\n");
  else
    printf("if: no\n");
  switch (await yv(2)) {
  case 1: printf("switch: one\n"); break;
  case 2: printf("switch: two\n"); break;
  default: printf("switch: other\n");
  }
  return 0;
}
