/* rt_time.c - sleeps and the clock, on the virtual clock: deadline order,
 * FIFO within a deadline, exact times, 10,000 random timers, sleep(0),
 * cancellations inside a bucket of equal deadlines, long sleeps. One test
 * checks the real clock with a short real sleep. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "rt_util.h"


typedef struct {
  int id[16384];
  long long at[16384];
  int n;
} wake_log;

static async void sleep_and_log(long ms, int id, wake_log *L) {
  int rc = await ac_sleep(ms);
  EXPECT_EQ(rc, 0);
  L->id[L->n] = id;
  L->at[L->n] = ac_now();
  L->n++;
}

static wake_log logbuf;

/* ---- the virtual clock starts at 0 and moves exactly ---- */

static async int scenario_now_exact(void) {
  EXPECT_EQ(ac_now(), 0);
  EXPECT_EQ(await ac_sleep(1000), 0);
  EXPECT_EQ(ac_now(), 1000);
  EXPECT_EQ(await ac_sleep(1), 0);
  EXPECT_EQ(ac_now(), 1001);
  EXPECT_EQ(await ac_yield(), 0);
  EXPECT_EQ(ac_now(), 1001); /* nothing else to do moves no time */
  EXPECT_EQ(await ac_sleep(0), 0);
  EXPECT_EQ(ac_now(), 1001);
  EXPECT_EQ(await ac_sleep(123456), 0);
  EXPECT_EQ(ac_now(), 124457);
  /* The clock's mode cannot change while the loop runs. */
  EXPECT(ac_clock_virtual(0) < 0);
  EXPECT_EQ(await ac_sleep(5), 0);
  EXPECT_EQ(ac_now(), 124462);
  return 0;
}

static void test_now_exact(void **state) {
  (void)state;
  assert_int_equal(ac_clock_virtual(1), 0);
  assert_int_equal(ac_now(), 0); /* outside the loop too */
  assert_int_equal(ac_clock_virtual(0), 0);
  RUN_VIRTUAL(scenario_now_exact());
  /* Each time it is turned on, it starts at 0 again. */
  RUN_VIRTUAL(scenario_now_exact());
}

/* ---- deadline order, FIFO for equal deadlines ---- */

/* (Constants at file scope: asyncc hoists block-scope enums there.) */
enum { ORDER_N = 10, MANY_N = 10000, BUCKET_N = 9, RANDOM_N = 200 };

static async int scenario_order(void) {
  static const long ms[ORDER_N] = {30, 10, 20, 10, 0, 30, 10, 5, 20, 0};
  memset(&logbuf, 0, sizeof logbuf);
  ac_task *t[ORDER_N];
  for (int i = 0; i < ORDER_N; i++)
    t[i] = ac_spawn(sleep_and_log(ms[i], i, &logbuf));
  for (int i = 0; i < ORDER_N; i++)
    EXPECT_EQ(await ac_join(t[i], NULL), 0);
  static const int want[] = {4, 9, 7, 1, 3, 6, 2, 8, 0, 5};
  EXPECT_EQ(logbuf.n, ORDER_N);
  for (int i = 0; i < ORDER_N; i++) {
    EXPECT_EQ(logbuf.id[i], want[i]);
    EXPECT_EQ(logbuf.at[i], ms[want[i]]);
  }
  EXPECT_EQ(ac_now(), 30);
  return 0;
}

static void test_order(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_order());
}

/* Periodic sleepers started at different times: each wakes exactly at its
 * deadline, and the wakes are in time order. */
static async void periodic(int id, long period, int rounds, wake_log *L) {
  for (int r = 0; r < rounds; r++) {
    long long before = ac_now();
    EXPECT_EQ(await ac_sleep(period), 0);
    EXPECT_EQ(ac_now(), before + period);
    L->id[L->n] = id;
    L->at[L->n] = ac_now();
    L->n++;
  }
}

static async int scenario_periodic(void) {
  memset(&logbuf, 0, sizeof logbuf);
  ac_task *a = ac_spawn(periodic(0, 3, 20, &logbuf));
  ac_task *b = ac_spawn(periodic(1, 5, 12, &logbuf));
  EXPECT_EQ(await ac_sleep(2), 0);
  ac_task *c = ac_spawn(periodic(2, 7, 8, &logbuf)); /* from t=2: 9, 16... */
  EXPECT_EQ(await ac_join(a, NULL), 0);
  EXPECT_EQ(await ac_join(b, NULL), 0);
  EXPECT_EQ(await ac_join(c, NULL), 0);
  EXPECT_EQ(logbuf.n, 40);
  for (int i = 1; i < logbuf.n; i++)
    EXPECT(logbuf.at[i - 1] <= logbuf.at[i]);
  int count[3] = {0, 0, 0};
  for (int i = 0; i < logbuf.n; i++) {
    int id = logbuf.id[i];
    count[id]++;
    long long want = id == 0 ? 3 * count[0] : id == 1 ? 5 * count[1] : 2 + 7 * count[2];
    EXPECT_EQ(logbuf.at[i], want);
  }
  /* At t=15, 3's deadline (started at 12) and 5's (started at 10) meet:
   * the one that started sleeping first wakes first. */
  for (int i = 0; i + 1 < logbuf.n; i++)
    if (logbuf.at[i] == 15 && logbuf.at[i + 1] == 15) {
      EXPECT_EQ(logbuf.id[i], 1);
      EXPECT_EQ(logbuf.id[i + 1], 0);
    }
  EXPECT_EQ(ac_now(), 60);
  return 0;
}

static void test_periodic(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_periodic());
}

/* ---- 10,000 timers with random deadlines ---- */

static async int scenario_many_timers(void) {
  static ac_task *t[MANY_N];
  static long ms[MANY_N];
  memset(&logbuf, 0, sizeof logbuf);
  unsigned seed = 12345;
  for (int i = 0; i < MANY_N; i++) {
    ms[i] = (long)(rt_rand(&seed) % 5000);
    t[i] = ac_spawn(sleep_and_log(ms[i], i, &logbuf));
  }
  EXPECT_EQ(await ac_gather(t, MANY_N, NULL), 0);
  EXPECT_EQ(logbuf.n, MANY_N);
  int bad = 0;
  for (int i = 0; i < logbuf.n && bad < 5; i++) {
    int id = logbuf.id[i];
    if (logbuf.at[i] != ms[id]) {
      EXPECT_EQ(logbuf.at[i], ms[id]);
      bad++;
    }
    if (i > 0) {
      int prev = logbuf.id[i - 1];
      /* deadline order; FIFO (spawn order) within a deadline */
      if (ms[prev] > ms[id] || (ms[prev] == ms[id] && prev > id)) {
        rt_fail(__FILE__, __LINE__, "wake %d: task %d (%ld ms) after task %d (%ld ms)", i, id, ms[id], prev,
                ms[prev]);
        bad++;
      }
    }
  }
  long max = 0;
  for (int i = 0; i < MANY_N; i++)
    max = ms[i] > max ? ms[i] : max;
  EXPECT_EQ(ac_now(), max);
  return 0;
}

static void test_many_timers(void **state) {
  (void)state;
  long long t0 = rt_real_ms();
  RUN_VIRTUAL(scenario_many_timers());
  assert_true(rt_real_ms() - t0 < 5000); /* virtual time: no real waiting */
}

/* ---- sleep(0) ---- */

static async void spinner(int *steps, int n) {
  for (int i = 0; i < n; i++) {
    (*steps)++;
    await ac_yield();
  }
}

static async int scenario_sleep_zero(void) {
  int steps = 0;
  ac_task *s = ac_spawn(spinner(&steps, 3));
  EXPECT_EQ(await ac_sleep(0), 0);
  EXPECT(steps >= 1); /* the ready task ran meanwhile */
  EXPECT_EQ(ac_now(), 0);
  for (int i = 0; i < 100; i++)
    EXPECT_EQ(await ac_sleep(0), 0);
  EXPECT_EQ(steps, 3);
  EXPECT_EQ(ac_now(), 0);
  EXPECT_EQ(await ac_join(s, NULL), 0);
  /* sleep(0) among other sleepers: before them. */
  memset(&logbuf, 0, sizeof logbuf);
  ac_task *a = ac_spawn(sleep_and_log(1, 1, &logbuf));
  ac_task *b = ac_spawn(sleep_and_log(0, 0, &logbuf));
  EXPECT_EQ(await ac_join(a, NULL), 0);
  EXPECT_EQ(await ac_join(b, NULL), 0);
  EXPECT_EQ(logbuf.id[0], 0);
  EXPECT_EQ(logbuf.at[0], 0);
  EXPECT_EQ(logbuf.id[1], 1);
  EXPECT_EQ(logbuf.at[1], 1);
  return 0;
}

static void test_sleep_zero(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_sleep_zero());
}

/* ---- cancelling sleepers in a bucket of equal deadlines ---- */

typedef struct {
  int rc[256];
  long long at[256];
  int order[256];
  int n;
} bucket_log;

static async void bucket_sleeper(long ms, int id, bucket_log *B) {
  int rc = await ac_sleep(ms);
  B->rc[id] = rc;
  B->at[id] = ac_now();
  B->order[B->n++] = id;
}

static async int scenario_bucket_cancel(void) {
  bucket_log B;
  memset(&B, 0, sizeof B);
  ac_task *t[BUCKET_N];
  for (int i = 0; i < BUCKET_N; i++)
    t[i] = ac_spawn(bucket_sleeper(100, i, &B));
  await ac_yield(); /* all sleep now, in one deadline */
  EXPECT_EQ(await ac_sleep(10), 0);
  /* The first and the last to start, and some in the middle, in an order
   * that removes from both ends of the bucket and from inside it. */
  static const int victims[] = {4, 0, 8, 1, 7, 5};
  for (int k = 0; k < 6; k++)
    EXPECT_EQ(ac_cancel(t[victims[k]]), 0);
  await ac_yield();
  EXPECT_EQ(B.n, 6);
  for (int k = 0; k < 6; k++) {
    EXPECT_EQ(B.rc[victims[k]], -ECANCELED);
    EXPECT_EQ(B.at[victims[k]], 10);
    EXPECT_EQ(B.order[k], victims[k]); /* woken in the order cancelled */
  }
  for (int i = 0; i < BUCKET_N; i++)
    EXPECT_EQ(await ac_join(t[i], NULL), 0);
  /* The others woke at the deadline, in the order they started. */
  EXPECT_EQ(B.n, BUCKET_N);
  EXPECT_EQ(B.order[6], 2);
  EXPECT_EQ(B.order[7], 3);
  EXPECT_EQ(B.order[8], 6);
  EXPECT_EQ(B.rc[2], 0);
  EXPECT_EQ(B.rc[3], 0);
  EXPECT_EQ(B.rc[6], 0);
  EXPECT_EQ(B.at[2], 100);
  EXPECT_EQ(B.at[6], 100);
  EXPECT_EQ(ac_now(), 100);

  /* A bucket whose sleepers are all cancelled: it does not keep the loop
   * waiting, and a later sleep of that deadline works. */
  memset(&B, 0, sizeof B);
  long long t0 = ac_now();
  for (int i = 0; i < 3; i++)
    t[i] = ac_spawn(bucket_sleeper(50, i, &B));
  await ac_yield();
  for (int i = 0; i < 3; i++)
    ac_cancel(t[i]);
  for (int i = 0; i < 3; i++)
    EXPECT_EQ(await ac_join(t[i], NULL), 0);
  for (int i = 0; i < 3; i++)
    EXPECT_EQ(B.rc[i], -ECANCELED);
  EXPECT_EQ(ac_now(), t0);
  EXPECT_EQ(await ac_sleep(50), 0); /* the same deadline as the emptied bucket */
  EXPECT_EQ(ac_now(), t0 + 50);
  EXPECT_EQ(await ac_sleep(20), 0);
  EXPECT_EQ(ac_now(), t0 + 70);
  return 0;
}

static void test_bucket_cancel(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_bucket_cancel());
}

/* Random cancellations among 200 sleepers of 5 deadlines: the survivors
 * wake in (deadline, start) order, the cancelled ones at once. */
static async int scenario_bucket_cancel_random(void) {
  static bucket_log B;
  memset(&B, 0, sizeof B);
  static ac_task *t[RANDOM_N];
  static int cancelled[RANDOM_N];
  memset(cancelled, 0, sizeof cancelled);
  unsigned seed = 777;
  long ms[RANDOM_N];
  for (int i = 0; i < RANDOM_N; i++) {
    ms[i] = 10 * (long)(1 + rt_rand(&seed) % 5);
    t[i] = ac_spawn(bucket_sleeper(ms[i], i, &B));
  }
  await ac_yield();
  int ncancel = 0;
  for (int round = 0; round < 3; round++) {
    for (int k = 0; k < 30; k++) {
      int i = (int)(rt_rand(&seed) % RANDOM_N);
      if (!cancelled[i] && B.rc[i] == 0 && B.at[i] == 0) {
        EXPECT_EQ(ac_cancel(t[i]), 0);
        cancelled[i] = 1;
        ncancel++;
      }
    }
    await ac_yield();
  }
  EXPECT(ncancel > 30);
  EXPECT_EQ(B.n, ncancel);
  EXPECT_EQ(await ac_gather(t, RANDOM_N, NULL), 0);
  EXPECT_EQ(B.n, RANDOM_N);
  for (int i = 0; i < RANDOM_N; i++) {
    if (cancelled[i]) {
      EXPECT_EQ(B.rc[i], -ECANCELED);
      EXPECT_EQ(B.at[i], 0);
    } else {
      EXPECT_EQ(B.rc[i], 0);
      EXPECT_EQ(B.at[i], ms[i]);
    }
  }
  int prev = -1;
  for (int k = ncancel; k < RANDOM_N; k++) {
    int i = B.order[k];
    EXPECT(!cancelled[i]);
    if (prev >= 0)
      EXPECT(ms[prev] < ms[i] || (ms[prev] == ms[i] && prev < i));
    prev = i;
  }
  return 0;
}

static void test_bucket_cancel_random(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_bucket_cancel_random());
}

/* ---- a long sleep completes at once in real time ---- */

static async int scenario_long_sleep(void) {
  EXPECT_EQ(await ac_sleep(3600L * 1000), 0);
  EXPECT_EQ(ac_now(), 3600L * 1000);
  EXPECT_EQ(await ac_sleep(30L * 24 * 3600 * 1000), 0); /* 30 days */
  EXPECT_EQ(ac_now(), 3600L * 1000 + 30L * 24 * 3600 * 1000);
  return 0;
}

static void test_long_sleep(void **state) {
  (void)state;
  long long t0 = rt_real_ms();
  RUN_VIRTUAL(scenario_long_sleep());
  assert_true(rt_real_ms() - t0 < 1000);
}

/* ---- the real clock: a short real sleep lasts at least its time ---- */

static async int scenario_real_clock(void) {
  /* ac_now() is CLOCK_MONOTONIC in ms, read once per turn (so it may lag
   * behind rt_real_ms(), never lead it): the deadline is v0 + 20 on both. */
  long long v0 = ac_now(), r0 = rt_real_ms();
  EXPECT(v0 <= r0);
  EXPECT_EQ(await ac_sleep(20), 0);
  long long v1 = ac_now(), r1 = rt_real_ms();
  EXPECT(v1 >= v0 + 20);
  EXPECT(r1 >= v0 + 20); /* not woken before its deadline */
  EXPECT(r1 - r0 < 2000);
  return 0;
}

static void test_real_clock(void **state) {
  (void)state;
  RUN(scenario_real_clock());
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_now_exact),
      cmocka_unit_test(test_order),
      cmocka_unit_test(test_periodic),
      cmocka_unit_test(test_many_timers),
      cmocka_unit_test(test_sleep_zero),
      cmocka_unit_test(test_bucket_cancel),
      cmocka_unit_test(test_bucket_cancel_random),
      cmocka_unit_test(test_long_sleep),
      cmocka_unit_test(test_real_clock),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
