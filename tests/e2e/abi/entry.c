/* entry.c - plain C starts async code: ac_run from a synchronous function,
 * and ac_spawn inside async code. */
#include <stdio.h>
#include "counter.h"

static int from_callback(int n) {
  struct tally t;
  int rc = ac_run(total(n), &t); /* a synchronous function runs async code */
  return rc == 0 ? (int)t.sum : -1;
}

int main(void) {
  printf("sum %d\n", from_callback(4));
  struct tally t;
  int rc = ac_run(total(3), &t);
  printf("rc %d count %d sum %ld\n", rc, t.count, t.sum);
  long wrong;
  printf("mismatch %d\n", ac_run(total(1), &wrong));
  return 0;
}
