/* fib/plain.c - plain C recursive fib (bench/fib.sh), the lower bound.
 *
 *     fib-c N REPS    -> prints fib(N), computed REPS times
 *
 * Built with -O2 -fno-inline -fno-optimize-sibling-calls so that every fib
 * is a real call: no inlining of fib into itself, and no turning the second
 * recursive call into a loop (gcc's tail-recursion-with-accumulator pass is
 * gated by -foptimize-sibling-calls). The script checks the disassembly. */
#include <stdio.h>
#include <stdlib.h>

int fib(int n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

/* Read at every repetition: fib is pure, so gcc could otherwise compute it
 * once for all repetitions. */
static volatile int arg;

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s N REPS\n", argv[0]);
    return 2;
  }
  arg = atoi(argv[1]);
  int reps = atoi(argv[2]);
  int r = 0;
  for (int i = 0; i < reps; i++)
    r = fib(arg);
  printf("%d\n", r);
  return 0;
}
