/* yield/asyncc.c - task switches through ac_yield (bench/yield.sh).
 *
 *     yield-asyncc TASKS YIELDS REPS
 *
 * Async main spawns TASKS tasks; each awaits ac_yield() YIELDS times, so
 * the FIFO ready queue runs them round robin, TASKS * YIELDS switches in
 * all; main then joins every task. All of it REPS times. Prints the sum of
 * the tasks' results (TASKS * YIELDS * REPS) as a check. */
#include <stdio.h>
#include <stdlib.h>

static async long worker(int yields) {
  long n = 0;
  for (int i = 0; i < yields; i++)
    n += 1 + await ac_yield(); /* ac_yield gives 0 */
  return n;
}

async int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s TASKS YIELDS REPS\n", argv[0]);
    return 2;
  }
  int ntasks = atoi(argv[1]), yields = atoi(argv[2]), reps = atoi(argv[3]);
  ac_task **tasks = malloc(sizeof *tasks * (size_t)(ntasks > 0 ? ntasks : 1));
  if (!tasks)
    return 1;
  long total = 0;
  for (int r = 0; r < reps; r++) {
    for (int i = 0; i < ntasks; i++)
      tasks[i] = ac_spawn(worker(yields));
    for (int i = 0; i < ntasks; i++) {
      long n = 0;
      if (await ac_join(tasks[i], &n) != 0)
        return 1;
      total += n;
    }
  }
  free(tasks);
  printf("%ld\n", total);
  return 0;
}
