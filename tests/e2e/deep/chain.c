/* chain.c - a million nested awaits: built downward through the fast path,
 * completed upward with work after each await, with the leaf suspending
 * (argument 1) or not (argument 0). Must not overflow an 8 MiB stack. */
#include <stdio.h>
#include <stdlib.h>

static int suspend_at_leaf;

static async long chain(long n) {
  if (n == 0) {
    if (suspend_at_leaf)
      await ac_yield();
    return 0;
  }
  long below = await chain(n - 1);
  return below + (n % 7 == 0 ? 2 : 1); /* work after the await */
}

async int main(int argc, char **argv) {
  long depth = argc > 1 ? atol(argv[1]) : 1000000;
  suspend_at_leaf = argc > 2 ? atoi(argv[2]) : 1;
  long r = await chain(depth);
  long want = depth + depth / 7;
  printf("depth %ld result %ld\n", depth, r);
  return r == want ? 0 : 1;
}
