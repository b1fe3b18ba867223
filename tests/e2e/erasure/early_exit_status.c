/* The exit status comes from async main's return value. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

async int main(void) {
  int code = await yv(3);
  printf("exiting with %d\n", code);
  return code;
}
