/* counter_a.c - defines bump; compiled by one compiler at one level. */
#include "counter.h"

async int bump(struct tally *t, int by) {
  await ac_yield();
  t->count++;
  t->sum += by;
  return t->count;
}
