/* rt_tasks.c - tasks: spawn, join (int, struct and void results), FIFO
 * scheduling, detach, misuse, cancellation (before the first run, while
 * sleeping, while ready, after the end), the drain when ac_run's call
 * returns, the combinators ac_gather, ac_race and ac_join_timeout, and a
 * thread-local static in an async function.
 * Timing logic runs on the virtual clock. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "rt_util.h"

/* ac_join(t, NULL), the documented join of a void task, is sizeof *(NULL):
 * GNU C's sizeof(void), which -Wpointer-arith reports. */

/* ---- helpers ---- */

static async int ret_int(int v) { return v; }

static async int square_later(int x) {
  await ac_yield();
  return x * x;
}

/* Yields n times: lets the other ready tasks run n rounds. */
static async void settle(int n) {
  for (int i = 0; i < n; i++)
    await ac_yield();
}

/* Sleeps ms, then returns v (or the sleep's error). */
static async int value_after(long ms, int v) {
  int rc = await ac_sleep(ms);
  if (rc)
    return rc;
  return v;
}

/* A worker whose cancellation is observed, with a cleanup that awaits
 * again: seen[id] gets the sleep's result, finished[id] is set last. */
typedef struct {
  int seen[8];
  int finished[8];
  long long end[8];
} workers;

static async int worker(long ms, workers *w, int id) {
  int rc = await ac_sleep(ms);
  w->seen[id] = rc;
  if (rc == -ECANCELED) {
    int again = await ac_sleep(5); /* the cleanup awaits: not cancelled again */
    if (again != 0)
      w->seen[id] = 1000 + again;
  }
  w->end[id] = ac_now();
  w->finished[id] = 1;
  return 100 + id;
}

/* ---- join with int, struct and void results ---- */

static async int scenario_join_int(void) {
  ac_task *t = ac_spawn(square_later(7));
  EXPECT(t != NULL);
  int v = 0;
  EXPECT_EQ(await ac_join(t, &v), 0);
  EXPECT_EQ(v, 49);

  /* A task that finished before the join. */
  ac_task *u = ac_spawn(square_later(-3));
  await settle(3);
  v = 0;
  EXPECT_EQ(await ac_join(u, &v), 0);
  EXPECT_EQ(v, 9);

  /* A task that never waits. */
  ac_task *w = ac_spawn(ret_int(-77));
  v = 0;
  EXPECT_EQ(await ac_join(w, &v), 0);
  EXPECT_EQ(v, -77);
  return 0;
}

static void test_join_int(void **state) {
  (void)state;
  RUN(scenario_join_int());
}

typedef struct {
  long a, b, c;
  char name[21];
  double d;
  short s;
} big_t; /* well over 16 bytes */

static async big_t make_big(int seed) {
  await ac_yield();
  big_t b;
  memset(&b, 0, sizeof b);
  b.a = seed;
  b.b = (long)seed * 1000003L;
  b.c = -seed;
  snprintf(b.name, sizeof b.name, "task-%d-xxxxxxxxxxxx", seed);
  b.d = seed * 0.5;
  b.s = (short)(seed + 1);
  return b;
}

static async int scenario_join_struct(void) {
  _Static_assert(sizeof(big_t) > 16, "a struct bigger than 16 bytes");
  ac_task *t[3];
  for (int i = 0; i < 3; i++)
    t[i] = ac_spawn(make_big(10 + i));
  for (int i = 2; i >= 0; i--) { /* joined in another order than spawned */
    big_t b;
    memset(&b, 0xAB, sizeof b);
    EXPECT_EQ(await ac_join(t[i], &b), 0);
    EXPECT_EQ(b.a, 10 + i);
    EXPECT_EQ(b.b, (10L + i) * 1000003L);
    EXPECT_EQ(b.c, -(10 + i));
    char want[21];
    snprintf(want, sizeof want, "task-%d-xxxxxxxxxxxx", 10 + i);
    EXPECT_STR(b.name, want);
    EXPECT(b.d == (10 + i) * 0.5);
    EXPECT_EQ(b.s, 11 + i);
  }
  /* A NULL result: the value is dropped, the join still works. */
  ac_task *u = ac_spawn(make_big(1));
  EXPECT_EQ(await ac_join(u, (big_t *)NULL), 0);
  return 0;
}

static void test_join_struct(void **state) {
  (void)state;
  RUN(scenario_join_struct());
}

static async void bump(int *counter, int by) {
  await ac_yield();
  *counter += by;
}

static async int scenario_join_void(void) {
  int counter = 0;
  ac_task *t = ac_spawn(bump(&counter, 5));
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(counter, 5);
  /* A void task joined with a result: the sizes differ (0 and int). */
  ac_task *u = ac_spawn(bump(&counter, 1));
  int v = 0;
  int rc = await ac_join(u, &v);
  EXPECT_EQ(rc, -EINVAL);
  if (rc == -EINVAL) {
    /* The join failed: either the handle is used up, or it can be joined
     * properly now; both leave nothing behind. */
    int again = await ac_join(u, NULL);
    EXPECT(again == 0 || again == -EINVAL);
  }
  EXPECT_EQ(counter, 6);
  return 0;
}

static void test_join_void(void **state) {
  (void)state;
  RUN(scenario_join_void());
}

/* ac_run with a void call and with a struct result. */
static async void void_main(int *flag) {
  await ac_yield();
  *flag = 1;
}

static void test_run_void_and_struct(void **state) {
  (void)state;
  int flag = 0;
  size_t f0 = ac_frames_live();
  assert_int_equal(ac_run(void_main(&flag), NULL), 0);
  assert_int_equal(flag, 1);
  big_t b;
  memset(&b, 0, sizeof b);
  assert_int_equal(ac_run(make_big(42), &b), 0);
  assert_int_equal(b.a, 42);
  assert_string_equal(b.name, "task-42-xxxxxxxxxxxx");
  /* The wrong result size is reported. */
  long wrong = 0;
  assert_int_equal(ac_run(ret_int(3), &wrong), -EINVAL);
  assert_int_equal(ac_tasks_live(), 0);
  assert_int_equal(ac_frames_live(), f0);
}

/* A thread-local static of an async function stays thread-local (it is a
 * static of the step function): each thread counts its own calls. */
static async int count_calls(void) {
  static _Thread_local int calls;
  await ac_yield();
  return ++calls;
}

static void *count_in_thread(void *arg) {
  int *out = arg;
  if (ac_run(count_calls(), out) != 0)
    *out = -1;
  return NULL;
}

static void test_thread_local_static(void **state) {
  (void)state;
  int r = 0;
  assert_int_equal(ac_run(count_calls(), &r), 0);
  assert_int_equal(ac_run(count_calls(), &r), 0);
  assert_int_equal(r, 2);
  pthread_t th;
  int other = 0;
  assert_int_equal(pthread_create(&th, NULL, count_in_thread, &other), 0);
  assert_int_equal(pthread_join(th, NULL), 0);
  assert_int_equal(other, 1);
}

/* ac_run from async code: the loop is already running. */
static async int scenario_nested_run(void) {
  int r = 0;
  EXPECT_EQ(ac_run(ret_int(1), &r), -EDEADLK);
  EXPECT_EQ(r, 0);
  return 0;
}

static void test_run_nested(void **state) {
  (void)state;
  RUN(scenario_nested_run());
}

/* ---- FIFO order of spawned tasks and of ac_yield ---- */

typedef struct {
  int log[64];
  int n;
} order_log;

static async void fifo_worker(int id, int rounds, order_log *L) {
  for (int r = 0; r < rounds; r++) {
    L->log[L->n++] = id;
    EXPECT_EQ(await ac_yield(), 0);
  }
}

static async int scenario_fifo(void) {
  order_log L;
  memset(&L, 0, sizeof L);
  ac_task *t[4];
  for (int i = 0; i < 4; i++)
    t[i] = ac_spawn(fifo_worker(i, 3, &L));
  EXPECT_EQ(L.n, 0); /* queued: they first run at the next scheduling point */
  EXPECT_EQ(await ac_yield(), 0);
  EXPECT_EQ(L.n, 4); /* one round each, behind which this task was queued */
  for (int i = 0; i < 4; i++)
    EXPECT_EQ(await ac_join(t[i], NULL), 0);
  EXPECT_EQ(L.n, 12);
  for (int k = 0; k < 12; k++)
    EXPECT_EQ(L.log[k], k % 4);
  return 0;
}

static void test_fifo(void **state) {
  (void)state;
  RUN(scenario_fifo());
}

/* ---- ac_current ---- */

static ac_task *expected_current;

static async int check_current(void) {
  EXPECT(ac_current() != NULL);
  EXPECT(ac_current() == expected_current);
  await ac_yield();
  EXPECT(ac_current() == expected_current);
  return 0;
}

static async int scenario_current(void) {
  ac_task *me = ac_current();
  EXPECT(me != NULL);
  expected_current = ac_spawn(check_current());
  EXPECT(expected_current != me);
  EXPECT_EQ(await ac_join(expected_current, (int *)NULL), 0);
  EXPECT(ac_current() == me);
  return 0;
}

static void test_current(void **state) {
  (void)state;
  assert_null(ac_current()); /* outside tasks */
  RUN(scenario_current());
  assert_null(ac_current());
}

/* ---- detach ---- */

static async void detached_work(int *counter, int yields) {
  for (int i = 0; i < yields; i++)
    await ac_yield();
  (*counter)++;
}

static async int scenario_detach(void) {
  int counter = 0;
  size_t live0 = ac_tasks_live();
  ac_task *t = ac_spawn(detached_work(&counter, 3));
  EXPECT_EQ(ac_tasks_live(), live0 + 1);
  EXPECT_EQ(ac_detach(t), 0);
  await settle(5);
  EXPECT_EQ(counter, 1); /* it ran to its end by itself */
  EXPECT_EQ(ac_tasks_live(), live0);

  /* Detaching a task that has finished already frees it. */
  ac_task *u = ac_spawn(detached_work(&counter, 0));
  await settle(2);
  EXPECT_EQ(counter, 2);
  EXPECT_EQ(ac_detach(u), 0);

  /* Many detached tasks. */
  for (int i = 0; i < 100; i++)
    EXPECT_EQ(ac_detach(ac_spawn(detached_work(&counter, i % 3))), 0);
  await settle(4);
  EXPECT_EQ(counter, 102);
  EXPECT_EQ(ac_tasks_live(), live0);
  return 0;
}

static void test_detach(void **state) {
  (void)state;
  RUN(scenario_detach());
}

/* ---- misuse is reported ---- */

static async int join_self(void) {
  int v = 0;
  return await ac_join(ac_current(), &v);
}

static async int join_and_report(ac_task *t, int *rc) {
  int v = 0;
  *rc = await ac_join(t, &v);
  return v;
}

static async int scenario_misuse(void) {
  int v = 0;
  /* A second join. */
  ac_task *t = ac_spawn(ret_int(5));
  EXPECT_EQ(await ac_join(t, &v), 0);
  EXPECT_EQ(v, 5);
  EXPECT_EQ(await ac_join(t, &v), -EINVAL);
  EXPECT_EQ(ac_detach(t), -EINVAL);
  EXPECT_EQ(ac_cancel(t), -EINVAL); /* a stale handle */

  /* Join after detach, before and after the task's end; detach twice. */
  ac_task *d = ac_spawn(square_later(6));
  EXPECT_EQ(ac_detach(d), 0);
  EXPECT_EQ(ac_detach(d), -EINVAL);
  EXPECT_EQ(await ac_join(d, &v), -EINVAL);
  await settle(3);
  EXPECT_EQ(await ac_join(d, &v), -EINVAL);

  /* A join while another task's join waits; detach then. */
  ac_task *slow = ac_spawn(square_later(4));
  int first_rc = -1;
  ac_task *j = ac_spawn(join_and_report(slow, &first_rc));
  await ac_yield(); /* j now waits for slow */
  EXPECT_EQ(await ac_join(slow, &v), -EINVAL);
  EXPECT_EQ(ac_detach(slow), -EINVAL);
  int jv = 0;
  EXPECT_EQ(await ac_join(j, &jv), 0);
  EXPECT_EQ(first_rc, 0);
  EXPECT_EQ(jv, 16);

  /* Self join, in a spawned task that nobody joins yet. */
  ac_task *s = ac_spawn(join_self());
  await settle(2);
  v = 0;
  EXPECT_EQ(await ac_join(s, &v), 0);
  EXPECT_EQ(v, -EDEADLK);

  /* Size mismatches: bigger and smaller results. */
  long lv = 0;
  ac_task *m = ac_spawn(ret_int(7));
  int rc = await ac_join(m, &lv);
  EXPECT_EQ(rc, -EINVAL);
  if (rc == -EINVAL) {
    int again = await ac_join(m, &v); /* used up, or joinable: never a leak */
    EXPECT(again == -EINVAL || (again == 0 && v == 7));
  }
  char cv = 0;
  ac_task *m2 = ac_spawn(ret_int(8));
  rc = await ac_join(m2, &cv);
  EXPECT_EQ(rc, -EINVAL);
  if (rc == -EINVAL) {
    int again = await ac_join(m2, &v);
    EXPECT(again == -EINVAL || (again == 0 && v == 8));
  }
  /* Misuse never abort()s: a NULL handle. */
  EXPECT_EQ(ac_cancel(NULL), -EINVAL);
  EXPECT_EQ(ac_detach(NULL), -EINVAL);
  return 0;
}

static void test_misuse(void **state) {
  (void)state;
  RUN(scenario_misuse());
}

/* The task of ac_run is a task like the others (ac_current() gives it):
 * joining it from itself is the self join of the documentation, -EDEADLK
 * (not -EINVAL: nobody joined it, ac_run's own wait is not a join). */
static async int scenario_self_join_run_task(void) {
  int v = 0;
  EXPECT(ac_current() != NULL);
  EXPECT_EQ(await ac_join(ac_current(), &v), -EDEADLK);
  EXPECT_EQ(await ac_join_timeout(ac_current(), 10, &v), -EDEADLK);
  return 0;
}

static void test_self_join_run_task(void **state) {
  (void)state;
  RUN(scenario_self_join_run_task());
}

/* ---- cancellation ---- */

static async int set_flag(int *flag) {
  *flag = 1;
  await ac_yield();
  *flag = 2;
  return 1;
}

static async int scenario_cancel_before_run(void) {
  int flag = 0;
  size_t live0 = ac_tasks_live();
  ac_task *t = ac_spawn(set_flag(&flag));
  EXPECT_EQ(ac_cancel(t), 0);
  EXPECT_EQ(ac_cancel(t), 0); /* twice: the same */
  await settle(3);
  EXPECT_EQ(flag, 0); /* it never ran */
  EXPECT_EQ(ac_tasks_live(), live0);
  int v = 0;
  EXPECT_EQ(await ac_join(t, &v), -ECANCELED);
  EXPECT_EQ(flag, 0);

  /* Cancelled, then joined at once (the join waits for nothing to run). */
  ac_task *u = ac_spawn(set_flag(&flag));
  EXPECT_EQ(ac_cancel(u), 0);
  EXPECT_EQ(await ac_join(u, &v), -ECANCELED);
  EXPECT_EQ(flag, 0);

  /* Detached, then cancelled before it ran: it never runs either. */
  ac_task *d = ac_spawn(set_flag(&flag));
  EXPECT_EQ(ac_detach(d), 0);
  EXPECT_EQ(ac_cancel(d), 0);
  await settle(3);
  EXPECT_EQ(flag, 0);
  EXPECT_EQ(ac_tasks_live(), live0);
  return 0;
}

static void test_cancel_before_run(void **state) {
  (void)state;
  RUN(scenario_cancel_before_run());
}

typedef struct {
  int rc_sleep, rc_cleanup_sleep, rc_child_join, child_value;
  long long t_cancelled, t_cleanup;
} sleeper_log;

static async int sleeper_with_cleanup(sleeper_log *log) {
  log->rc_sleep = await ac_sleep(1000);
  log->t_cancelled = ac_now();
  /* Delivered once: the cleanup can wait again. */
  log->rc_cleanup_sleep = await ac_sleep(10);
  log->t_cleanup = ac_now();
  ac_task *child = ac_spawn(value_after(5, 42));
  log->rc_child_join = await ac_join(child, &log->child_value);
  return 3;
}

static async int scenario_cancel_sleeping(void) {
  sleeper_log log;
  memset(&log, 0x55, sizeof log);
  ac_task *t = ac_spawn(sleeper_with_cleanup(&log));
  await ac_yield(); /* t runs and sleeps */
  EXPECT_EQ(await ac_sleep(7), 0);
  EXPECT_EQ(ac_now(), 7);
  EXPECT_EQ(ac_cancel(t), 0);
  int v = 0;
  EXPECT_EQ(await ac_join(t, &v), 0);
  EXPECT_EQ(v, 3);
  EXPECT_EQ(log.rc_sleep, -ECANCELED);
  EXPECT_EQ(log.t_cancelled, 7); /* at once, not at the sleep's deadline */
  EXPECT_EQ(log.rc_cleanup_sleep, 0);
  EXPECT_EQ(log.t_cleanup, 17);
  EXPECT_EQ(log.rc_child_join, 0);
  EXPECT_EQ(log.child_value, 42);
  EXPECT_EQ(ac_now(), 22);
  return 0;
}

static void test_cancel_sleeping(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_cancel_sleeping());
}

/* Cancelled while ready: woken by its timer, not yet resumed. The sleep
 * keeps its result; the cancellation comes at the next wait, once. */
static async int woken_victim(int *log) {
  log[0] = await ac_sleep(10);
  log[1] = await ac_sleep(10);
  log[2] = await ac_sleep(10);
  return 0;
}

/* Cancelled while queued by ac_yield: the cancellation is delivered
 * exactly once, by that yield or by the next wait. */
static async int yield_victim(int *log) {
  log[0] = await ac_yield();
  log[1] = await ac_yield();
  log[2] = await ac_yield();
  return 0;
}

static async int scenario_cancel_ready(void) {
  int log[3] = {7, 7, 7};
  ac_task *t = ac_spawn(woken_victim(log));
  /* Our sleep starts first, so we wake first in the shared deadline and
   * run while t is woken and queued behind us. */
  EXPECT_EQ(await ac_sleep(10), 0);
  EXPECT_EQ(log[0], 7); /* t has not resumed yet */
  EXPECT_EQ(ac_cancel(t), 0);
  EXPECT_EQ(await ac_join(t, (int *)NULL), 0);
  EXPECT_EQ(log[0], 0);
  EXPECT_EQ(log[1], -ECANCELED);
  EXPECT_EQ(log[2], 0);
  EXPECT_EQ(ac_now(), 20);

  int ylog[3] = {7, 7, 7};
  ac_task *y = ac_spawn(yield_victim(ylog));
  await ac_yield(); /* y ran its first yield: it is queued behind us */
  EXPECT_EQ(ylog[0], 7);
  EXPECT_EQ(ac_cancel(y), 0);
  EXPECT_EQ(await ac_join(y, (int *)NULL), 0);
  int cancels = 0;
  for (int i = 0; i < 3; i++) {
    EXPECT(ylog[i] == 0 || ylog[i] == -ECANCELED);
    cancels += ylog[i] == -ECANCELED;
  }
  EXPECT_EQ(cancels, 1);
  EXPECT_EQ(ylog[2], 0);
  return 0;
}

static void test_cancel_ready(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_cancel_ready());
}

static async int scenario_cancel_finished(void) {
  ac_task *t = ac_spawn(square_later(9));
  await settle(3);
  EXPECT_EQ(ac_cancel(t), 0); /* does nothing */
  int v = 0;
  EXPECT_EQ(await ac_join(t, &v), 0);
  EXPECT_EQ(v, 81);
  /* And no cancellation leaks to whoever runs next. */
  EXPECT_EQ(await ac_yield(), 0);
  EXPECT_EQ(await ac_sleep(1), 0);
  return 0;
}

static void test_cancel_finished(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_cancel_finished());
}

/* A task cancelled while it joins a child: its join returns -ECANCELED,
 * the child runs on and can be joined again. */
static async int joiner_of(ac_task *child, int *log) {
  int v = 0;
  log[0] = await ac_join(child, &v);
  log[1] = await ac_join(child, &v);
  log[2] = v;
  log[3] = (int)ac_now();
  return 0;
}

static async int scenario_cancel_joiner(void) {
  int log[4] = {7, 7, 7, 7};
  ac_task *child = ac_spawn(value_after(50, 5));
  ac_task *j = ac_spawn(joiner_of(child, log));
  EXPECT_EQ(await ac_sleep(10), 0);
  EXPECT_EQ(ac_cancel(j), 0);
  EXPECT_EQ(await ac_join(j, (int *)NULL), 0);
  EXPECT_EQ(log[0], -ECANCELED);
  EXPECT_EQ(log[1], 0);
  EXPECT_EQ(log[2], 5);
  EXPECT_EQ(log[3], 50);
  /* Cancelling our own join of a task does not cancel that task. */
  return 0;
}

static void test_cancel_joiner(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_cancel_joiner());
}

/* A task cancels itself: its next wait returns -ECANCELED. */
static async int self_cancel(void) {
  EXPECT_EQ(ac_cancel(ac_current()), 0);
  int rc = await ac_sleep(100);
  EXPECT_EQ(rc, -ECANCELED);
  EXPECT_EQ(await ac_sleep(1), 0);
  return rc;
}

static async int scenario_self_cancel(void) {
  ac_task *t = ac_spawn(self_cancel());
  int v = 0;
  EXPECT_EQ(await ac_join(t, &v), 0);
  EXPECT_EQ(v, -ECANCELED);
  EXPECT_EQ(ac_now(), 1);
  return 0;
}

static void test_self_cancel(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_self_cancel());
}

/* ---- when ac_run's call returns, the other tasks are cancelled and
 * drained ---- */

static int drained, drain_ran_never;

static async void d_sleeper(void) {
  if (await ac_sleep(3600L * 1000) == -ECANCELED)
    drained++;
}

static async void d_event(ac_event *e) {
  if (await ac_event_wait(e) == -ECANCELED)
    drained++;
}

static async void d_yielder(void) {
  for (;;)
    if (await ac_yield() == -ECANCELED) {
      drained++;
      return;
    }
}

static async void d_cleanup_awaits(void) {
  if (await ac_sleep(3600L * 1000) != -ECANCELED)
    return;
  await ac_sleep(5); /* completes or is cancelled again: either way it ends */
  await ac_yield();
  drained++;
}

static async void d_never_runs(void) { drain_ran_never = 1; }

static async void d_joiner(void) {
  ac_task *c = ac_spawn(value_after(3600L * 1000, 1));
  int v = 0;
  int rc = await ac_join(c, &v);
  if (rc == -ECANCELED) {
    rc = await ac_join(c, &v); /* the child is cancelled too: it ends */
    if (rc == 0 && v == -ECANCELED)
      drained++;
  }
}

static ac_event drain_event;

static async int drain_main(void) {
  ac_event_init(&drain_event);
  ac_detach(ac_spawn(d_sleeper()));
  ac_detach(ac_spawn(d_event(&drain_event)));
  ac_detach(ac_spawn(d_yielder()));
  ac_detach(ac_spawn(d_cleanup_awaits()));
  ac_detach(ac_spawn(d_joiner()));
  await settle(2); /* they all wait now */
  EXPECT_EQ(drained, 0);
  ac_detach(ac_spawn(d_never_runs())); /* queued, not run yet */
  return 11;
}

static void test_run_drains(void **state) {
  (void)state;
  drained = 0;
  drain_ran_never = 0;
  size_t f0 = ac_frames_live();
  rt_failures = 0;
  assert_int_equal(ac_clock_virtual(1), 0);
  int r = 0;
  int rc = ac_run(drain_main(), &r);
  assert_int_equal(ac_clock_virtual(0), 0);
  assert_int_equal(rc, 0);
  assert_int_equal(r, 11);
  assert_int_equal(rt_failures, 0);
  assert_int_equal(drained, 5);
  assert_int_equal(drain_ran_never, 0);
  assert_int_equal(ac_tasks_live(), 0);
  assert_int_equal(ac_frames_live(), f0);
  /* The loop is usable again afterwards. */
  RUN(scenario_join_int());
}

/* The other tasks are cancelled as soon as the call returns, whatever
 * they wait for: a sleeper of an hour is not waited for (on the virtual
 * clock the time stays where it was; on the real clock ac_run returns at
 * once). */
static int long_sleeper_rc;

static async void long_sleeper(long ms) { long_sleeper_rc = await ac_sleep(ms); }

static async int main_leaving_sleeper(long ms) {
  ac_detach(ac_spawn(long_sleeper(ms)));
  await ac_yield(); /* it sleeps now */
  return 0;
}

static void test_run_cancels_at_once(void **state) {
  (void)state;
  long_sleeper_rc = 1;
  RUN_VIRTUAL(main_leaving_sleeper(3600L * 1000));
  assert_int_equal(long_sleeper_rc, -ECANCELED);
  long_sleeper_rc = 1;
  long long t0 = rt_real_ms();
  RUN(main_leaving_sleeper(3000));
  long long took = rt_real_ms() - t0;
  assert_int_equal(long_sleeper_rc, -ECANCELED);
  assert_true(took < 1000);
}

/* ---- ac_gather ---- */

static async int scenario_gather(void) {
  ac_task *t[3];
  t[0] = ac_spawn(value_after(30, 1));
  t[1] = ac_spawn(value_after(10, 2));
  t[2] = ac_spawn(value_after(20, 3));
  int res[3] = {0, 0, 0};
  EXPECT_EQ(await ac_gather(t, 3, res), 0);
  EXPECT_EQ(res[0], 1);
  EXPECT_EQ(res[1], 2);
  EXPECT_EQ(res[2], 3);
  EXPECT_EQ(ac_now(), 30);

  /* Structs, and NULL results. */
  ac_task *b[2] = {ac_spawn(make_big(1)), ac_spawn(make_big(2))};
  big_t bres[2];
  EXPECT_EQ(await ac_gather(b, 2, bres), 0);
  EXPECT_EQ(bres[0].a, 1);
  EXPECT_EQ(bres[1].a, 2);
  ac_task *n[2] = {ac_spawn(ret_int(1)), ac_spawn(square_later(2))};
  EXPECT_EQ(await ac_gather(n, 2, (int *)NULL), 0);
  EXPECT_EQ(await ac_gather(n, 0, (int *)NULL), 0); /* nothing to wait for */

  /* The first error: task 1 was cancelled before it ran; the others'
   * values are still there. */
  ac_task *e[4];
  e[0] = ac_spawn(value_after(5, 10));
  e[1] = ac_spawn(value_after(5, 11));
  e[2] = ac_spawn(value_after(1, 12));
  e[3] = ac_spawn(value_after(1, 13));
  ac_cancel(e[1]);
  ac_cancel(e[3]);
  int eres[4] = {0, 0, 0, 0};
  EXPECT_EQ(await ac_gather(e, 4, eres), -ECANCELED);
  EXPECT_EQ(eres[0], 10);
  EXPECT_EQ(eres[2], 12);
  EXPECT_EQ(ac_tasks_live(), 1);

  /* Misuse: a detached task among them: -EINVAL, and none of the others
   * is marked joined. */
  ac_task *m[3] = {ac_spawn(ret_int(1)), ac_spawn(ret_int(2)), ac_spawn(ret_int(3))};
  ac_detach(m[1]);
  EXPECT_EQ(await ac_gather(m, 3, res), -EINVAL);
  int v = 0;
  EXPECT_EQ(await ac_join(m[0], &v), 0);
  EXPECT_EQ(v, 1);
  EXPECT_EQ(await ac_join(m[2], &v), 0);
  EXPECT_EQ(v, 3);
  return 0;
}

static void test_gather(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_gather());
}

typedef struct {
  int rc, all_finished, live;
  long long at;
} combinator_log;

static async int gatherer(ac_task **t, size_t n, workers *w, combinator_log *out) {
  int res[8];
  out->rc = await ac_gather(t, n, res);
  /* Returned: every task it cancelled has finished. */
  out->all_finished = 1;
  for (size_t i = 0; i < n; i++)
    if (!w->finished[i])
      out->all_finished = 0;
  out->at = ac_now();
  out->live = (int)ac_tasks_live();
  return out->rc;
}

static async int scenario_gather_cancelled(void) {
  /* Cancelled while waiting for the first task. */
  workers w;
  memset(&w, 0, sizeof w);
  ac_task *t[3];
  t[0] = ac_spawn(worker(100, &w, 0));
  t[1] = ac_spawn(worker(200, &w, 1));
  t[2] = ac_spawn(worker(300, &w, 2));
  combinator_log out;
  memset(&out, 0, sizeof out);
  ac_task *g = ac_spawn(gatherer(t, 3, &w, &out));
  EXPECT_EQ(await ac_sleep(10), 0);
  EXPECT_EQ(ac_cancel(g), 0);
  int v = 0;
  EXPECT_EQ(await ac_join(g, &v), 0);
  EXPECT_EQ(v, -ECANCELED);
  EXPECT_EQ(out.rc, -ECANCELED);
  EXPECT_EQ(out.all_finished, 1);
  EXPECT_EQ(out.at, 15); /* the cancelled tasks' 5 ms cleanups, waited for */
  EXPECT_EQ(out.live, 2); /* us and the gatherer */
  for (int i = 0; i < 3; i++)
    EXPECT_EQ(w.seen[i], -ECANCELED);

  /* Cancelled after the first task finished, while waiting for the
   * second. */
  memset(&w, 0, sizeof w);
  memset(&out, 0, sizeof out);
  long long t0 = ac_now();
  t[0] = ac_spawn(worker(5, &w, 0));
  t[1] = ac_spawn(worker(200, &w, 1));
  t[2] = ac_spawn(worker(300, &w, 2));
  g = ac_spawn(gatherer(t, 3, &w, &out));
  EXPECT_EQ(await ac_sleep(10), 0);
  EXPECT_EQ(ac_cancel(g), 0);
  EXPECT_EQ(await ac_join(g, &v), 0);
  EXPECT_EQ(out.rc, -ECANCELED);
  EXPECT_EQ(out.all_finished, 1);
  EXPECT_EQ(out.at - t0, 15);
  EXPECT_EQ(w.seen[0], 0);
  EXPECT_EQ(w.seen[1], -ECANCELED);
  EXPECT_EQ(w.seen[2], -ECANCELED);
  return 0;
}

static void test_gather_cancelled(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_gather_cancelled());
}

/* ---- ac_race ---- */

static async int scenario_race(void) {
  workers w;
  memset(&w, 0, sizeof w);
  ac_task *t[3];
  t[0] = ac_spawn(worker(30, &w, 0));
  t[1] = ac_spawn(worker(10, &w, 1));
  t[2] = ac_spawn(worker(20, &w, 2));
  int v = 0;
  EXPECT_EQ(await ac_race(t, 3, &v), 1);
  EXPECT_EQ(v, 101);
  /* The losers were cancelled and have finished (their cleanups too). */
  EXPECT_EQ(w.finished[0], 1);
  EXPECT_EQ(w.finished[2], 1);
  EXPECT_EQ(w.seen[0], -ECANCELED);
  EXPECT_EQ(w.seen[1], 0);
  EXPECT_EQ(w.seen[2], -ECANCELED);
  EXPECT_EQ(w.end[0], 15);
  EXPECT_EQ(ac_now(), 15);
  EXPECT_EQ(ac_tasks_live(), 1);
  /* Every handle is used up. */
  EXPECT_EQ(await ac_join(t[0], &v), -EINVAL);
  EXPECT_EQ(await ac_join(t[1], &v), -EINVAL);

  /* A task that has finished already wins at once. */
  memset(&w, 0, sizeof w);
  t[0] = ac_spawn(worker(100, &w, 0));
  t[1] = ac_spawn(ret_int(55));
  t[2] = ac_spawn(worker(100, &w, 2));
  await settle(2);
  long long t0 = ac_now();
  EXPECT_EQ(await ac_race(t, 3, &v), 1);
  EXPECT_EQ(v, 55);
  EXPECT_EQ(w.finished[0], 1);
  EXPECT_EQ(w.finished[2], 1);
  EXPECT_EQ(ac_now() - t0, 5);

  /* Misuse: none, or a detached task. */
  EXPECT_EQ(await ac_race(t, 0, &v), -EINVAL);
  ac_task *m[2] = {ac_spawn(ret_int(1)), ac_spawn(ret_int(2))};
  ac_detach(m[1]);
  EXPECT_EQ(await ac_race(m, 2, &v), -EINVAL);
  EXPECT_EQ(await ac_join(m[0], &v), 0);
  return 0;
}

static void test_race(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_race());
}

static async int racer(ac_task **t, size_t n, workers *w, combinator_log *out) {
  int v = 0;
  out->rc = await ac_race(t, n, &v);
  out->all_finished = 1;
  for (size_t i = 0; i < n; i++)
    if (!w->finished[i])
      out->all_finished = 0;
  out->at = ac_now();
  return out->rc;
}

static async int scenario_race_cancelled(void) {
  workers w;
  memset(&w, 0, sizeof w);
  ac_task *t[2];
  t[0] = ac_spawn(worker(100, &w, 0));
  t[1] = ac_spawn(worker(200, &w, 1));
  combinator_log out;
  memset(&out, 0, sizeof out);
  ac_task *r = ac_spawn(racer(t, 2, &w, &out));
  EXPECT_EQ(await ac_sleep(10), 0);
  EXPECT_EQ(ac_cancel(r), 0);
  EXPECT_EQ(await ac_join(r, (int *)NULL), 0);
  EXPECT_EQ(out.rc, -ECANCELED);
  EXPECT_EQ(out.all_finished, 1);
  EXPECT_EQ(out.at, 15);
  EXPECT_EQ(ac_tasks_live(), 1);
  return 0;
}

static void test_race_cancelled(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_race_cancelled());
}

/* ---- ac_join_timeout ---- */

static async int join_timeout_self(void) {
  int v = 0;
  return await ac_join_timeout(ac_current(), 10, &v);
}

static async int scenario_join_timeout(void) {
  /* Completes in time. */
  ac_task *t = ac_spawn(value_after(10, 7));
  int v = 0;
  EXPECT_EQ(await ac_join_timeout(t, 100, &v), 0);
  EXPECT_EQ(v, 7);
  EXPECT_EQ(ac_now(), 10);
  /* Its deadline has no effect later. */
  EXPECT_EQ(await ac_sleep(200), 0);
  EXPECT_EQ(ac_now(), 210);
  EXPECT_EQ(await ac_join(t, &v), -EINVAL);

  /* The deadline passes: -ETIMEDOUT once the task has finished. */
  workers w;
  memset(&w, 0, sizeof w);
  long long t0 = ac_now();
  t = ac_spawn(worker(1000, &w, 0));
  v = -1;
  EXPECT_EQ(await ac_join_timeout(t, 50, &v), -ETIMEDOUT);
  EXPECT_EQ(w.finished[0], 1);
  EXPECT_EQ(w.seen[0], -ECANCELED);
  EXPECT_EQ(w.end[0] - t0, 55);
  EXPECT_EQ(ac_now() - t0, 55);
  EXPECT_EQ(ac_tasks_live(), 1);
  EXPECT_EQ(await ac_join(t, &v), -EINVAL); /* used up */

  /* A task that has finished: its value, even with a zero timeout. */
  t = ac_spawn(ret_int(9));
  await settle(2);
  EXPECT_EQ(await ac_join_timeout(t, 0, &v), 0);
  EXPECT_EQ(v, 9);

  /* Misuse as for ac_join. */
  t = ac_spawn(ret_int(1));
  ac_detach(t);
  EXPECT_EQ(await ac_join_timeout(t, 10, &v), -EINVAL);
  ac_task *s = ac_spawn(join_timeout_self());
  await settle(2);
  EXPECT_EQ(await ac_join(s, &v), 0);
  EXPECT_EQ(v, -EDEADLK);
  return 0;
}

static void test_join_timeout(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_join_timeout());
}

/* The task completes at the deadline itself. Either outcome is fine, if it
 * is consistent: 0 with the value (the task was not cancelled), or
 * -ETIMEDOUT (the task saw the cancellation). And always the same one. */
static async int at_deadline(long ms, int *seen) {
  *seen = await ac_sleep(ms);
  if (*seen)
    return *seen;
  return 7;
}

typedef struct {
  int rc, v, seen;
} same_deadline;

static async int one_same_deadline(int task_first, same_deadline *o) {
  o->seen = 12345;
  o->v = -1;
  long long t0 = ac_now();
  ac_task *t = ac_spawn(at_deadline(50, &o->seen));
  if (task_first)
    await ac_yield(); /* the task's sleep starts before the join's timer */
  o->rc = await ac_join_timeout(t, 50, &o->v);
  EXPECT_EQ(ac_now() - t0, 50);
  EXPECT(o->rc == 0 || o->rc == -ETIMEDOUT);
  if (o->rc == 0) {
    EXPECT_EQ(o->v, 7);
    EXPECT_EQ(o->seen, 0);
  } else {
    /* Timed out: the task was cancelled, it did not complete its work. */
    EXPECT_EQ(o->seen, -ECANCELED);
  }
  EXPECT_EQ(ac_tasks_live(), 1);
  /* No stray wake-up: our next sleep lasts exactly its time. */
  EXPECT_EQ(await ac_sleep(100), 0);
  EXPECT_EQ(ac_now() - t0, 150);
  EXPECT_EQ(await ac_yield(), 0);
  return 0;
}

static async int scenario_timeout_same_deadline(void) {
  same_deadline a, b, c, d;
  await one_same_deadline(0, &a);
  await one_same_deadline(0, &b);
  await one_same_deadline(1, &c);
  await one_same_deadline(1, &d);
  /* Deterministic. */
  EXPECT_EQ(a.rc, b.rc);
  EXPECT_EQ(a.seen, b.seen);
  EXPECT_EQ(c.rc, d.rc);
  EXPECT_EQ(c.seen, d.seen);
  return 0;
}

static void test_timeout_same_deadline(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_timeout_same_deadline());
}

/* The same, when the task is woken at the deadline by another task's
 * timer: an event set by a sleeper of the same deadline. */
static async int wait_event(ac_event *e, int *seen) {
  *seen = await ac_event_wait(e);
  if (*seen)
    return *seen;
  return 8;
}

static async void set_event_after(ac_event *e, long ms) {
  await ac_sleep(ms);
  ac_event_set(e);
}

static async int scenario_timeout_same_deadline_event(void) {
  for (int order = 0; order < 2; order++) {
    ac_event e;
    ac_event_init(&e);
    int seen = 12345, v = -1;
    long long t0 = ac_now();
    ac_task *setter = NULL;
    if (order == 0)
      setter = ac_spawn(set_event_after(&e, 50));
    ac_task *t = ac_spawn(wait_event(&e, &seen));
    if (order == 1)
      setter = ac_spawn(set_event_after(&e, 50));
    await ac_yield(); /* both wait now */
    int rc = await ac_join_timeout(t, 50, &v);
    EXPECT(rc == 0 || rc == -ETIMEDOUT);
    if (rc == 0) {
      EXPECT_EQ(v, 8);
      EXPECT_EQ(seen, 0);
    } else {
      EXPECT_EQ(seen, -ECANCELED);
    }
    EXPECT_EQ(await ac_join(setter, NULL), 0);
    EXPECT_EQ(ac_now() - t0, 50);
    EXPECT_EQ(await ac_sleep(10), 0);
    EXPECT_EQ(ac_now() - t0, 60);
  }
  return 0;
}

static void test_timeout_same_deadline_event(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_timeout_same_deadline_event());
}

/* ---- many tasks ---- */

static async int scenario_many(void) {
  enum { N = 10000 };
  static ac_task *t[N];
  static int res[N];
  for (int i = 0; i < N; i++)
    t[i] = ac_spawn(square_later(i % 1000));
  EXPECT_EQ(ac_tasks_live(), N + 1);
  EXPECT_EQ(await ac_gather(t, N, res), 0);
  for (int i = 0; i < N; i++)
    if (res[i] != (i % 1000) * (i % 1000)) {
      EXPECT_EQ(res[i], (i % 1000) * (i % 1000));
      break;
    }
  EXPECT_EQ(ac_tasks_live(), 1);
  return 0;
}

static void test_many(void **state) {
  (void)state;
  RUN(scenario_many());
  RUN(scenario_many()); /* again, on recycled blocks */
}

/* ---- every task waits forever: ac_run reports it ---- */

static async int wait_forever(void) {
  ac_event e;
  ac_event_init(&e);
  await ac_event_wait(&e);
  return 0;
}

static void test_run_deadlock(void **state) {
  (void)state;
  size_t f0 = ac_frames_live();
  int r = 0;
  assert_int_equal(ac_run(wait_forever(), &r), -EDEADLK);
  /* Nothing may stay behind: the stuck task is no longer live. */
  assert_int_equal(ac_tasks_live(), 0);
  assert_int_equal(ac_frames_live(), f0);
  RUN(scenario_join_int()); /* and the loop still works */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_join_int),
      cmocka_unit_test(test_join_struct),
      cmocka_unit_test(test_join_void),
      cmocka_unit_test(test_run_void_and_struct),
      cmocka_unit_test(test_thread_local_static),
      cmocka_unit_test(test_run_nested),
      cmocka_unit_test(test_fifo),
      cmocka_unit_test(test_current),
      cmocka_unit_test(test_detach),
      cmocka_unit_test(test_misuse),
      cmocka_unit_test(test_self_join_run_task),
      cmocka_unit_test(test_cancel_before_run),
      cmocka_unit_test(test_cancel_sleeping),
      cmocka_unit_test(test_cancel_ready),
      cmocka_unit_test(test_cancel_finished),
      cmocka_unit_test(test_cancel_joiner),
      cmocka_unit_test(test_self_cancel),
      cmocka_unit_test(test_run_drains),
      cmocka_unit_test(test_run_cancels_at_once),
      cmocka_unit_test(test_gather),
      cmocka_unit_test(test_gather_cancelled),
      cmocka_unit_test(test_race),
      cmocka_unit_test(test_race_cancelled),
      cmocka_unit_test(test_join_timeout),
      cmocka_unit_test(test_timeout_same_deadline),
      cmocka_unit_test(test_timeout_same_deadline_event),
      cmocka_unit_test(test_many),
      cmocka_unit_test(test_run_deadlock),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
