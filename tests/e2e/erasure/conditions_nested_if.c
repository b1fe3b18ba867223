/* else-if chains with awaits in each condition, and nested ifs. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static async const char *classify(int v) {
  if (await yv(v) < 0)
    return "negative";
  else if (await yv(v) == 0)
    return "zero";
  else if (await yv(v % 2) == 1) {
    if (await yv(v) > 10)
      return "big odd";
    return "odd";
  } else
    return "even";
}

async int main(void) {
  int vs[] = {-3, 0, 7, 13, 8};
  for (int i = 0; i < 5; i++)
    printf("%d %s\n", vs[i], await classify(vs[i]));
  return 0;
}
