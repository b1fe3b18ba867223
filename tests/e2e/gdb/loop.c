/* loop.c - debugged by tests/e2e/gdb.sh: a breakpoint on the line after an
 * await inside a loop. */
#include <stdio.h>

static async int twice(int i) {
  await ac_yield();
  return i * 2;
}

static async int accumulate(int n) {
  int acc = 0;
  for (int i = 0; i < n; i++) {
    int v = await twice(i);
    acc += v; /* BREAK HERE */
  }
  return acc;
}

async int main(void) {
  printf("%d\n", await accumulate(3));
  return 0;
}
