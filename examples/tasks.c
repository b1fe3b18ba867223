/* tasks.c - three workers take turns through ac_yield; main spawns them,
 * then joins each for its typed result. No callback anywhere. */
#include <stdio.h>

static async int worker(const char *name, int steps) {
  int done = 0;
  for (int i = 0; i < steps; i++) {
    printf("%s step %d\n", name, i);
    done += i;
    await ac_yield(); /* let the others run */
  }
  return done;
}

async int main(void) {
  const char *names[] = {"alpha", "beta", "gamma"};
  ac_task *tasks[3];
  for (int i = 0; i < 3; i++)
    tasks[i] = ac_spawn(worker(names[i], 2 + i));
  int total = 0;
  for (int i = 0; i < 3; i++) {
    int r = 0;
    if (await ac_join(tasks[i], &r) == 0)
      total += r;
  }
  printf("total %d\n", total);
  return total == 1 + 3 + 6 ? 0 : 1; /* 0+1, 0+1+2, 0+1+2+3 */
}
