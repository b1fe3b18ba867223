/* worker.c - async functions awaited from main.c. */
#include "worker.h"

async int count_to(int n) {
  int sum = 0;
  for (int i = 1; i <= n; i++) {
    sum += i;
    await ac_yield();
  }
  return sum;
}

async int count_both(int n) {
  ac_task *t = ac_spawn(count_to(n));
  int mine = await count_to(n + 1);
  int theirs = 0;
  await ac_join(t, &theirs);
  return mine + theirs;
}
