/* main.c - an async main awaiting the functions of worker.c. */
#include <stdio.h>

#include "config.h"
#include "counter.h"

async int main(void) {
  int total = await count_to(COUNT_LIMIT);
  int both = await count_both(3);
  printf("total %d twice %d both %d\n", total, plain_twice(total), both);
  return 0;
}
