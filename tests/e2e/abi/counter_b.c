/* counter_b.c - awaits bump from the other file, knowing only its
 * prototype; defines total. */
#include "counter.h"

async struct tally total(int n) {
  struct tally t = {0, 0};
  for (int i = 1; i <= n; i++)
    await bump(&t, i * i);
  return t;
}
