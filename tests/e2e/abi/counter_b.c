/* counter_b.c - awaits bump from the other file, knowing only its
 * prototype; defines total. */
#include "counter.h"

async struct tally total(int n) {
  struct tally t = {0, 0};
  set_bumper(bump); /* handed to plain C, which keeps it */
  for (int i = 1; i <= n; i++)
    await get_bumper()(&t, i * i);
  return t;
}
