/* rt_util.h - shared helpers of the runtime's unit tests (tests/unit/rt_*.c).
 *
 * Checks inside async code use EXPECT/EXPECT_EQ: they record the failure
 * (file, line, values) and go on, so a failing check never longjmps out of
 * a running loop (which would leave the loop marked running and make every
 * later test of the file fail with -EDEADLK). The plain-C test function
 * then runs the scenario with RUN()/RUN_VIRTUAL(), which asserts with
 * cmocka that the scenario returned 0, that no check failed, and that no
 * task or frame leaked (ac_tasks_live()/ac_frames_live() back at their
 * values from before the run). */
#ifndef RT_UTIL_H
#define RT_UTIL_H

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

static int rt_failures;

__attribute__((format(printf, 3, 4), unused)) static void rt_fail(const char *file, int line, const char *fmt,
                                                                 ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s:%d: check failed: ", file, line);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  rt_failures++;
}

#define EXPECT(c)                                                                                                  \
  do {                                                                                                             \
    if (!(c))                                                                                                      \
      rt_fail(__FILE__, __LINE__, "%s", #c);                                                                       \
  } while (0)

#define EXPECT_EQ(a, b)                                                                                            \
  do {                                                                                                             \
    long long rt_a_ = (long long)(a), rt_b_ = (long long)(b);                                                      \
    if (rt_a_ != rt_b_)                                                                                            \
      rt_fail(__FILE__, __LINE__, "%s == %s: %lld != %lld", #a, #b, rt_a_, rt_b_);                                 \
  } while (0)

#define EXPECT_STR(a, b)                                                                                           \
  do {                                                                                                             \
    const char *rt_s_ = (a), *rt_t_ = (b);                                                                         \
    if (strcmp(rt_s_, rt_t_) != 0)                                                                                 \
      rt_fail(__FILE__, __LINE__, "%s == %s: \"%s\" != \"%s\"", #a, #b, rt_s_, rt_t_);                             \
  } while (0)

/* A scenario that hangs (a lost wake-up in the runtime) ends the program
 * after rt_watchdog_s seconds with its location, instead of blocking the
 * whole file until CTest's timeout. */
#include <signal.h>
#include <unistd.h>
static const char *rt_watch_where;
static unsigned rt_watchdog_s = 30;

__attribute__((unused)) static void rt_watchdog_fired(int sig) {
  (void)sig;
  static const char msg[] = "rt: watchdog: this scenario did not finish (a task never woken?): ";
  ssize_t n = write(2, msg, sizeof msg - 1);
  n = write(2, rt_watch_where, strlen(rt_watch_where));
  n = write(2, "\n", 1);
  (void)n;
  _exit(1);
}

__attribute__((unused)) static void rt_watch(const char *where) {
  rt_watch_where = where;
  signal(SIGALRM, rt_watchdog_fired);
  alarm(rt_watchdog_s);
}

__attribute__((unused)) static void rt_unwatch(void) {
  alarm(0);
  signal(SIGALRM, SIG_DFL);
}

#define RT_STR2(x) #x
#define RT_STR(x) RT_STR2(x)
#define RT_WHERE __FILE__ ":" RT_STR(__LINE__)

/* Runs call (an async function returning int) with ac_run; asserts that it
 * returned 0 with no failed check and left no task or frame behind. */
#define RUN(call)                                                                                                  \
  do {                                                                                                             \
    size_t rt_frames0_ = ac_frames_live(), rt_tasks0_ = ac_tasks_live();                                           \
    int rt_res_ = -12345;                                                                                          \
    rt_failures = 0;                                                                                               \
    rt_watch(RT_WHERE);                                                                                            \
    int rt_rc_ = ac_run(call, &rt_res_);                                                                           \
    rt_unwatch();                                                                                                  \
    assert_int_equal(rt_rc_, 0);                                                                                   \
    assert_int_equal(rt_failures, 0);                                                                              \
    assert_int_equal(rt_res_, 0);                                                                                  \
    assert_int_equal(ac_tasks_live(), rt_tasks0_);                                                                 \
    assert_int_equal(ac_frames_live(), rt_frames0_);                                                               \
  } while (0)

/* The same with the virtual clock, which starts at 0 (and is off again
 * after the run, whatever happened). */
#define RUN_VIRTUAL(call)                                                                                          \
  do {                                                                                                             \
    assert_int_equal(ac_clock_virtual(1), 0);                                                                      \
    size_t rt_frames0_ = ac_frames_live(), rt_tasks0_ = ac_tasks_live();                                           \
    int rt_res_ = -12345;                                                                                          \
    rt_failures = 0;                                                                                               \
    rt_watch(RT_WHERE);                                                                                            \
    int rt_rc_ = ac_run(call, &rt_res_);                                                                           \
    rt_unwatch();                                                                                                  \
    int rt_off_ = ac_clock_virtual(0);                                                                             \
    assert_int_equal(rt_rc_, 0);                                                                                   \
    assert_int_equal(rt_off_, 0);                                                                                  \
    assert_int_equal(rt_failures, 0);                                                                              \
    assert_int_equal(rt_res_, 0);                                                                                  \
    assert_int_equal(ac_tasks_live(), rt_tasks0_);                                                                 \
    assert_int_equal(ac_frames_live(), rt_frames0_);                                                               \
  } while (0)

/* Real monotonic time in milliseconds (for the few tests about real time). */
__attribute__((unused)) static long long rt_real_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A small deterministic pseudo-random generator (tests must not depend on
 * the libc's rand()). */
__attribute__((unused)) static unsigned rt_rand(unsigned *seed) {
  *seed = *seed * 1103515245u + 12345u;
  return (*seed >> 8) & 0xFFFFFFu;
}

#endif
