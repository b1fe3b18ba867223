/* rt_signal.c - signals as waits: woken by raise/kill, from another task
 * and another thread; the previous action is back once nobody waits;
 * invalid signals; cancellation; SIGPIPE never kills the process; and a
 * signal waiter when ac_run's call returns. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "rt_util.h"


static async void settle(int n) {
  for (int i = 0; i < n; i++)
    await ac_yield();
}

typedef void (*handler_t)(int);

static handler_t handler_of(int signo) {
  struct sigaction old;
  memset(&old, 0, sizeof old);
  sigaction(signo, NULL, &old);
  return old.sa_handler;
}

static async void sig_waiter(int signo, int *rc) { *rc = await ac_signal_wait(signo); }

static async void killer(int signo) {
  await ac_yield();
  kill(getpid(), signo);
}

static void *kill_later(void *p) {
  int signo = (int)(intptr_t)p;
  struct timespec ts = {0, 20 * 1000000L};
  nanosleep(&ts, NULL);
  kill(getpid(), signo);
  return NULL;
}

/* ---- woken by a signal ---- */

static async int scenario_signal_wait(void) {
  EXPECT(handler_of(SIGUSR1) == SIG_DFL);
  int rc = 1;
  ac_task *t = ac_spawn(sig_waiter(SIGUSR1, &rc));
  await settle(2);
  EXPECT(handler_of(SIGUSR1) != SIG_DFL); /* caught while a task waits */
  EXPECT_EQ(rc, 1);
  EXPECT_EQ(raise(SIGUSR1), 0);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(rc, SIGUSR1);
  EXPECT(handler_of(SIGUSR1) == SIG_DFL); /* nobody waits: the default again */

  /* kill() from another task. */
  rc = 1;
  t = ac_spawn(sig_waiter(SIGUSR1, &rc));
  ac_task *k = ac_spawn(killer(SIGUSR1));
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(await ac_join(k, NULL), 0);
  EXPECT_EQ(rc, SIGUSR1);
  EXPECT(handler_of(SIGUSR1) == SIG_DFL);

  /* Two waiters, one delivery: both woken. Other signals too. */
  int r1 = 1, r2 = 1, r3 = 1;
  ac_task *a = ac_spawn(sig_waiter(SIGUSR2, &r1));
  ac_task *b = ac_spawn(sig_waiter(SIGUSR2, &r2));
  ac_task *c = ac_spawn(sig_waiter(SIGTERM, &r3));
  await settle(2);
  EXPECT_EQ(raise(SIGUSR2), 0);
  EXPECT_EQ(await ac_join(a, NULL), 0);
  EXPECT_EQ(await ac_join(b, NULL), 0);
  EXPECT_EQ(r1, SIGUSR2);
  EXPECT_EQ(r2, SIGUSR2);
  await settle(2);
  EXPECT_EQ(r3, 1); /* a different signal: still waiting */
  EXPECT(handler_of(SIGUSR2) == SIG_DFL);
  EXPECT(handler_of(SIGTERM) != SIG_DFL);
  /* From another thread. */
  pthread_t th;
  EXPECT_EQ(pthread_create(&th, NULL, kill_later, (void *)(intptr_t)SIGTERM), 0);
  EXPECT_EQ(await ac_join(c, NULL), 0);
  pthread_join(th, NULL);
  EXPECT_EQ(r3, SIGTERM);
  EXPECT(handler_of(SIGTERM) == SIG_DFL);
  return 0;
}

static void test_signal_wait(void **state) {
  (void)state;
  RUN(scenario_signal_wait());
}

/* ---- the previous action comes back ---- */

static volatile sig_atomic_t custom_calls;
static void custom_handler(int sig) {
  (void)sig;
  custom_calls++;
}

static async int scenario_previous_action(void) {
  struct sigaction sa, old;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = custom_handler;
  sigemptyset(&sa.sa_mask);
  EXPECT_EQ(sigaction(SIGUSR1, &sa, &old), 0);
  custom_calls = 0;
  int rc = 1;
  ac_task *t = ac_spawn(sig_waiter(SIGUSR1, &rc));
  await settle(2);
  EXPECT_EQ(raise(SIGUSR1), 0);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(rc, SIGUSR1);
  EXPECT_EQ(custom_calls, 0); /* the wait took it */
  EXPECT(handler_of(SIGUSR1) == custom_handler);
  EXPECT_EQ(raise(SIGUSR1), 0);
  EXPECT_EQ(custom_calls, 1);
  EXPECT_EQ(sigaction(SIGUSR1, &old, NULL), 0);
  EXPECT(handler_of(SIGUSR1) == SIG_DFL);
  return 0;
}

static void test_previous_action(void **state) {
  (void)state;
  RUN(scenario_previous_action());
}

/* ---- invalid signals ---- */

static async int scenario_invalid(void) {
  EXPECT_EQ(await ac_signal_wait(0), -EINVAL);
  EXPECT_EQ(await ac_signal_wait(-1), -EINVAL);
  EXPECT_EQ(await ac_signal_wait(NSIG), -EINVAL);
  EXPECT_EQ(await ac_signal_wait(1000), -EINVAL);
  EXPECT_EQ(await ac_signal_wait(SIGKILL), -EINVAL);
  EXPECT_EQ(await ac_signal_wait(SIGSTOP), -EINVAL);
  EXPECT(handler_of(SIGKILL) == SIG_DFL);
  /* The task can wait normally afterwards. */
  EXPECT_EQ(await ac_yield(), 0);
  return 0;
}

static void test_invalid(void **state) {
  (void)state;
  RUN(scenario_invalid());
}

/* ---- cancellation ---- */

static async int scenario_cancel(void) {
  int rc = 1;
  ac_task *t = ac_spawn(sig_waiter(SIGUSR1, &rc));
  await settle(2);
  EXPECT(handler_of(SIGUSR1) != SIG_DFL);
  EXPECT_EQ(ac_cancel(t), 0);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(rc, -ECANCELED);
  EXPECT(handler_of(SIGUSR1) == SIG_DFL);

  /* One of two waiters cancelled: the other still gets the signal, and it
   * stays caught until the last waiter is gone. */
  int r1 = 1, r2 = 1;
  ac_task *a = ac_spawn(sig_waiter(SIGUSR1, &r1));
  ac_task *b = ac_spawn(sig_waiter(SIGUSR1, &r2));
  await settle(2);
  ac_cancel(a);
  EXPECT_EQ(await ac_join(a, NULL), 0);
  EXPECT_EQ(r1, -ECANCELED);
  EXPECT(handler_of(SIGUSR1) != SIG_DFL);
  EXPECT_EQ(raise(SIGUSR1), 0);
  EXPECT_EQ(await ac_join(b, NULL), 0);
  EXPECT_EQ(r2, SIGUSR1);
  EXPECT(handler_of(SIGUSR1) == SIG_DFL);

  /* Woken by the signal and cancelled before it resumed: it got it. */
  rc = 1;
  t = ac_spawn(sig_waiter(SIGUSR2, &rc));
  await settle(2);
  EXPECT_EQ(raise(SIGUSR2), 0);
  await ac_sleep(0); /* the loop turns: the signal is delivered */
  ac_cancel(t);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT(rc == SIGUSR2 || rc == -ECANCELED);
  EXPECT(handler_of(SIGUSR2) == SIG_DFL);
  return 0;
}

static void test_cancel(void **state) {
  (void)state;
  RUN(scenario_cancel());
}

/* ---- SIGPIPE never kills the process ---- */

static async int scenario_sigpipe(void) {
  EXPECT(handler_of(SIGPIPE) == SIG_DFL); /* not ignored process-wide */
  sigset_t mask0;
  sigprocmask(SIG_SETMASK, NULL, &mask0);
  for (int nb = 0; nb < 2; nb++) {
    int p[2];
    EXPECT_EQ(pipe2(p, O_CLOEXEC | (nb ? O_NONBLOCK : 0)), 0);
    close(p[0]);
    EXPECT_EQ(await ac_write(p[1], "x", 1), -EPIPE);
    EXPECT_EQ(await ac_write(p[1], "xyz", 3), -EPIPE);
    ac_close(p[1]);
  }
  int sv[2];
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
  close(sv[1]);
  EXPECT_EQ(await ac_write(sv[0], "x", 1), -EPIPE);
  EXPECT_EQ(await ac_send(sv[0], "x", 1, 0), -EPIPE);
  ac_close(sv[0]);
  /* Still alive; nothing left behind: no SIGPIPE pending or blocked, the
   * default action in place. */
  sigset_t pending, mask1;
  sigpending(&pending);
  EXPECT(!sigismember(&pending, SIGPIPE));
  sigprocmask(SIG_SETMASK, NULL, &mask1);
  EXPECT_EQ(sigismember(&mask1, SIGPIPE), sigismember(&mask0, SIGPIPE));
  EXPECT(handler_of(SIGPIPE) == SIG_DFL);
  return 0;
}

static void test_sigpipe(void **state) {
  (void)state;
  RUN(scenario_sigpipe());
}

/* ---- a task waits for a signal when ac_run's call returns: it is
 * cancelled (not waited for until a signal comes), and the action is
 * restored. Last: if the runtime blocks here, the watchdog ends the
 * program. ---- */

static int watcher_rc;

static async void shutdown_watcher(void) { watcher_rc = await ac_signal_wait(SIGTERM); }

static async int main_with_watcher(void) {
  ac_detach(ac_spawn(shutdown_watcher()));
  await settle(2);
  EXPECT(handler_of(SIGTERM) != SIG_DFL);
  return 0;
}

static void test_run_cancels_signal_waiter(void **state) {
  (void)state;
  watcher_rc = 1;
  long long t0 = rt_real_ms();
  rt_watchdog_s = 5;
  RUN(main_with_watcher());
  assert_true(rt_real_ms() - t0 < 2000);
  assert_int_equal(watcher_rc, -ECANCELED);
  assert_true(handler_of(SIGTERM) == SIG_DFL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_signal_wait),
      cmocka_unit_test(test_previous_action),
      cmocka_unit_test(test_invalid),
      cmocka_unit_test(test_cancel),
      cmocka_unit_test(test_sigpipe),
      cmocka_unit_test(test_run_cancels_signal_waiter),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
