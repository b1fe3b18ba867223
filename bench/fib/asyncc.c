/* fib/asyncc.c - async recursive fib, every call awaited (bench/fib.sh).
 *
 *     fib-asyncc N REPS    -> prints fib(N), computed REPS times
 *
 * No await suspends: this is asyncc's synchronous fast path (a pooled frame
 * per call, the step functions chained by the trampoline). */
#include <stdio.h>
#include <stdlib.h>

static async int fib(int n) {
  return n < 2 ? n : await fib(n - 1) + await fib(n - 2);
}

/* Read at every repetition, so the compiler cannot reuse an earlier result. */
static volatile int arg;

async int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s N REPS\n", argv[0]);
    return 2;
  }
  arg = atoi(argv[1]);
  int reps = atoi(argv[2]);
  int r = 0;
  for (int i = 0; i < reps; i++)
    r = await fib(arg);
  printf("%d\n", r);
  return 0;
}
