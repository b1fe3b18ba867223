/* dump.c - tasks suspended at known places, for tests/e2e/debug.sh.
 *
 *     dump list     dumps the tasks to stdout (ac_dump_tasks) and exits
 *     dump hog MS   then holds the loop MS ms in one step (SIGQUIT dump,
 *                   slow-step warning), after printing "hogging"
 * The line numbers below are what the test expects: keep them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static async int leaf(long ms) { return await ac_sleep(ms); }

static async int middle(long ms) {
  int r = await leaf(ms);
  return r;
}

static async int outer(long ms) { return await middle(ms); }

static async void hog(long ms) {
  await ac_sleep(1);
  printf("hogging\n");
  fflush(stdout);
  struct timespec t0, t;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  do
    clock_gettime(CLOCK_MONOTONIC, &t);
  while ((t.tv_sec - t0.tv_sec) * 1000 + (t.tv_nsec - t0.tv_nsec) / 1000000 < ms);
}

static async int lonely(void) { return 1; }

async int main(int argc, char **argv) {
  ac_task *a = ac_spawn(outer(100000));
  ac_task *b = ac_spawn(leaf(100000));
  ac_spawn(lonely()); /* never joined: the debug mode says so */
  await ac_yield();
  if (argc > 2 && strcmp(argv[1], "hog") == 0) {
    ac_task *h = ac_spawn(hog(atol(argv[2])));
    await ac_join(h, NULL);
  } else {
    ac_dump_tasks(1);
  }
  ac_cancel(a);
  ac_cancel(b);
  await ac_join(a, NULL);
  await ac_join(b, NULL);
  return 0;
}
