/* main.c - the async main of the consumer projects (tests/e2e/install.sh):
 * spawns a task and awaits functions of worker.c. DEMO_LIMIT comes from the
 * build (-D), inc/ from its include directories. */
#include <stdio.h>

#include "config.h"
#include "worker.h"

#ifndef DEMO_LIMIT
#error "DEMO_LIMIT must be defined by the build (-DDEMO_LIMIT=10)"
#endif

async int main(void) {
  ac_task *t = ac_spawn(count_to(DEMO_LIMIT));
  int both = await count_both(3);
  int total = 0;
  await ac_join(t, &total);
  printf("%s total %d both %d\n", DEMO_NAME, total, both);
  return 0;
}
