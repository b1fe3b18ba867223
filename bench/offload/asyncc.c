/* asyncc.c - throughput of offloading trivial blocking calls to asyncc's
 * thread pool (the peer of uv.c: same work, same bookkeeping).
 *
 *     offload [J]           J defaults to 200000
 *
 * 256 tasks each await ac_blocking(trivial, x) in a loop until J jobs have
 * been submitted, so at most 256 are in flight. The pool has its default 4
 * threads, like libuv's. The wall time runs from the first submission to
 * the last completion; the results are summed and checked. Prints
 *
 *     jobs=<J> seconds=<wall time> jobs_per_s=<J / seconds>  */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { IN_FLIGHT = 256 };

static unsigned long jobs, submitted, completed, sum;

/* The blocking function: kept out of line so that the work is a real call. */
__attribute__((noinline)) static long trivial(void *arg) {
  __asm__ volatile("" ::: "memory");
  return (long)(unsigned long)arg;
}

static async int submitter(void) {
  while (submitted < jobs) {
    unsigned long x = ++submitted;
    long r = await ac_blocking(trivial, (void *)x);
    if (r < 0)
      return (int)r;
    sum += (unsigned long)r;
    completed++;
  }
  return 0;
}

static double seconds_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

async int main(int argc, char **argv) {
  jobs = argc > 1 ? strtoul(argv[1], NULL, 10) : 200000;
  ac_task *tasks[IN_FLIGHT];
  double t0 = seconds_now();
  for (int i = 0; i < IN_FLIGHT; i++)
    tasks[i] = ac_spawn(submitter());
  for (int i = 0; i < IN_FLIGHT; i++) {
    int rc = 0;
    if (await ac_join(tasks[i], &rc) != 0 || rc != 0) {
      fprintf(stderr, "offload: job failed: %s\n", ac_strerror(rc));
      return 1;
    }
  }
  double seconds = seconds_now() - t0;
  if (completed != jobs || sum != jobs * (jobs + 1) / 2) {
    fprintf(stderr, "offload: %lu of %lu jobs done, sum %lu, expected %lu\n", completed, jobs, sum,
            jobs * (jobs + 1) / 2);
    return 1;
  }
  printf("jobs=%lu seconds=%.6f jobs_per_s=%.0f\n", jobs, seconds, (double)jobs / seconds);
  return 0;
}
