/* asyncc.c - memory per sleeping task in asyncc: N tasks, each awaiting a
 * 1-second ac_sleep once, their handles in one malloc'd array.
 *
 *     sleepers [N]          N defaults to 1000000; N = 0 is allowed
 *
 * Prints, once every task has been joined (the same line as the peers):
 *
 *     peak_rss_kb=<VmHWM> rss0_kb=<VmRSS before the first task>
 *
 * so bytes/task = (peak_rss_kb - rss0_kb) * 1024 / N. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The value of a "Name:   1234 kB" line of /proc/self/status, or -1. */
static long status_kb(const char *name) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long kb = -1;
  size_t len = strlen(name);
  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, name, len) == 0 && line[len] == ':')
      kb = strtol(line + len + 1, NULL, 10);
  if (f)
    fclose(f);
  return kb;
}

static async void sleeper(void) { await ac_sleep(1000); }

async int main(int argc, char **argv) {
  long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000000;
  if (n < 0)
    return 2;
  long rss0 = status_kb("VmRSS");
  ac_task **tasks = malloc((size_t)(n ? n : 1) * sizeof *tasks);
  if (!tasks)
    return 1;
  for (long i = 0; i < n; i++)
    tasks[i] = ac_spawn(sleeper());
  for (long i = 0; i < n; i++)
    if (await ac_join(tasks[i], NULL) != 0)
      return 1;
  printf("peak_rss_kb=%ld rss0_kb=%ld\n", status_kb("VmHWM"), rss0);
  free(tasks);
  return 0;
}
