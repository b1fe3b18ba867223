/* measure - run a command once and print what it cost:
 *
 *     measure CMD [ARG...]
 *     -> "WALL_US CPU_US MAXRSS_KIB" on standard output
 *
 * Used by bench/frontend.sh instead of /usr/bin/time, which is not installed
 * everywhere and reports wall time only to 10 ms. wait4() gives the user and
 * system time and the peak resident set of the command *and of the children
 * it waited for*: gcc's cc1 and asyncc's `cc -E` count, as they should.
 * MAXRSS is the largest single process of that tree (the kernel's rule),
 * not a sum.
 *
 * The command's standard input and output are /dev/null (the benchmark
 * writes with -o /dev/null anyway); standard error is kept so that a failing
 * command says why. Exits 1 if the command failed, 2 on usage errors. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: measure CMD [ARG...]\n");
    return 2;
  }
  long long t0 = now_us();
  pid_t pid = fork();
  if (pid < 0) {
    perror("measure: fork");
    return 2;
  }
  if (pid == 0) {
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
      dup2(null, 0);
      dup2(null, 1);
    }
    execvp(argv[1], argv + 1);
    perror(argv[1]);
    _exit(127);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0) {
    perror("measure: wait4");
    return 2;
  }
  long long wall = now_us() - t0;
  long long cpu = ru.ru_utime.tv_sec * 1000000LL + ru.ru_utime.tv_usec +
                  ru.ru_stime.tv_sec * 1000000LL + ru.ru_stime.tv_usec;
  printf("%lld %lld %ld\n", wall, cpu, ru.ru_maxrss);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "measure: %s failed (status %d)\n", argv[1], status);
    return 1;
  }
  return 0;
}
