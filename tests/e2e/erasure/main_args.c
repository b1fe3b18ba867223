/* async main with argc and argv. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

async int main(int argc, char **argv) {
  int n = await yv(argc);
  printf("argc=%d first=%c\n", n, argv[0][0] ? '+' : '-');
  return 0;
}
