/* rt_sync.c - mutexes, semaphores, events and channels between the tasks
 * of one loop: FIFO hand-off, errors, cancellation of waiters (before and
 * after they were handed what they waited for), close, and a count of
 * every channel element under random cancellations. Virtual clock. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "rt_util.h"


static async void settle(int n) {
  for (int i = 0; i < n; i++)
    await ac_yield();
}

typedef struct {
  int log[256];
  int n;
  int rc[32];
  int next_rc[32];
} olog;

/* ---- mutex ---- */

static async void locker(ac_mutex *m, int id, olog *L) {
  int rc = await ac_mutex_lock(m);
  L->rc[id] = rc;
  if (rc)
    return;
  L->log[L->n++] = id;
  await ac_yield(); /* held across waits */
  await ac_sleep(1);
  L->log[L->n++] = 100 + id;
  EXPECT_EQ(ac_mutex_unlock(m), 0);
}

static async int scenario_mutex_fifo(void) {
  ac_mutex m = {0}; /* zero-initialised: ready to use */
  olog L;
  memset(&L, 0, sizeof L);
  EXPECT_EQ(await ac_mutex_lock(&m), 0);
  ac_task *t[4];
  for (int i = 0; i < 4; i++)
    t[i] = ac_spawn(locker(&m, i, &L));
  await settle(3);
  EXPECT_EQ(L.n, 0); /* all wait */
  EXPECT_EQ(ac_mutex_unlock(&m), 0);
  /* Handed to the first waiter: nobody can take it in between. */
  EXPECT_EQ(ac_mutex_trylock(&m), -EBUSY);
  for (int i = 0; i < 4; i++)
    EXPECT_EQ(await ac_join(t[i], NULL), 0);
  EXPECT_EQ(L.n, 8);
  for (int i = 0; i < 4; i++) {
    EXPECT_EQ(L.rc[i], 0);
    EXPECT_EQ(L.log[2 * i], i); /* FIFO, and never two holders */
    EXPECT_EQ(L.log[2 * i + 1], 100 + i);
  }
  EXPECT_EQ(ac_mutex_trylock(&m), 0);
  EXPECT_EQ(ac_mutex_unlock(&m), 0);
  return 0;
}

static void test_mutex_fifo(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_mutex_fifo());
}

static async int try_unlock(ac_mutex *m) { return ac_mutex_unlock(m); }
static async int try_trylock(ac_mutex *m) {
  int rc = ac_mutex_trylock(m);
  if (rc == 0)
    ac_mutex_unlock(m);
  return rc;
}

static async int scenario_mutex_errors(void) {
  ac_mutex m;
  ac_mutex_init(&m);
  EXPECT_EQ(ac_mutex_unlock(&m), -EPERM); /* not locked */
  EXPECT_EQ(ac_mutex_trylock(&m), 0);
  /* Relock by the owner. */
  EXPECT_EQ(await ac_mutex_lock(&m), -EDEADLK);
  int rc = ac_mutex_trylock(&m);
  EXPECT(rc == -EDEADLK || rc == -EBUSY);
  /* Unlock and trylock by another task. */
  int v = 0;
  ac_task *t = ac_spawn(try_unlock(&m));
  EXPECT_EQ(await ac_join(t, &v), 0);
  EXPECT_EQ(v, -EPERM);
  t = ac_spawn(try_trylock(&m));
  EXPECT_EQ(await ac_join(t, &v), 0);
  EXPECT_EQ(v, -EBUSY);
  /* Still ours, exactly once. */
  EXPECT_EQ(ac_mutex_unlock(&m), 0);
  EXPECT_EQ(ac_mutex_unlock(&m), -EPERM);
  t = ac_spawn(try_trylock(&m));
  EXPECT_EQ(await ac_join(t, &v), 0);
  EXPECT_EQ(v, 0);
  return 0;
}

static void test_mutex_errors(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_mutex_errors());
}

/* A waiter that records its lock's result and the next wait's. */
static async void lock_then_wait(ac_mutex *m, int id, olog *L) {
  int rc = await ac_mutex_lock(m);
  L->rc[id] = rc;
  L->log[L->n++] = id;
  L->next_rc[id] = await ac_yield();
  if (rc == 0)
    EXPECT_EQ(ac_mutex_unlock(m), 0);
  else
    EXPECT_EQ(ac_mutex_unlock(m), -EPERM); /* it never owned it */
}

static async int scenario_mutex_cancel(void) {
  ac_mutex m;
  ac_mutex_init(&m);
  olog L;
  memset(&L, 0, sizeof L);
  EXPECT_EQ(await ac_mutex_lock(&m), 0);
  ac_task *t[4];
  for (int i = 0; i < 4; i++)
    t[i] = ac_spawn(lock_then_wait(&m, i, &L));
  await settle(2);
  /* Cancel waiters in the middle and at the head of the queue. */
  EXPECT_EQ(ac_cancel(t[1]), 0);
  EXPECT_EQ(ac_cancel(t[0]), 0);
  await settle(2);
  EXPECT_EQ(L.rc[1], -ECANCELED);
  EXPECT_EQ(L.rc[0], -ECANCELED);
  EXPECT_EQ(L.next_rc[1], 0); /* delivered once */
  /* The next waiter gets it. */
  EXPECT_EQ(ac_mutex_unlock(&m), 0);
  for (int i = 0; i < 4; i++)
    EXPECT_EQ(await ac_join(t[i], NULL), 0);
  EXPECT_EQ(L.rc[2], 0);
  EXPECT_EQ(L.rc[3], 0);
  EXPECT_EQ(L.n, 4);
  EXPECT_EQ(L.log[2], 2);
  EXPECT_EQ(L.log[3], 3);

  /* Cancelled after the hand-off, before it resumed: the lock is its
   * (the wait succeeded), the cancellation comes at its next wait, and
   * its unlock passes the mutex on. */
  memset(&L, 0, sizeof L);
  EXPECT_EQ(await ac_mutex_lock(&m), 0);
  t[0] = ac_spawn(lock_then_wait(&m, 0, &L));
  t[1] = ac_spawn(lock_then_wait(&m, 1, &L));
  await settle(2);
  EXPECT_EQ(ac_mutex_unlock(&m), 0); /* handed to t[0] */
  EXPECT_EQ(ac_cancel(t[0]), 0);
  EXPECT_EQ(await ac_join(t[0], NULL), 0);
  EXPECT_EQ(await ac_join(t[1], NULL), 0);
  EXPECT_EQ(L.rc[0], 0);
  EXPECT_EQ(L.next_rc[0], -ECANCELED);
  EXPECT_EQ(L.rc[1], 0);
  EXPECT_EQ(L.next_rc[1], 0);
  EXPECT_EQ(ac_mutex_trylock(&m), 0);
  EXPECT_EQ(ac_mutex_unlock(&m), 0);

  /* The last waiter cancelled: an unlock leaves the mutex free. */
  EXPECT_EQ(await ac_mutex_lock(&m), 0);
  t[0] = ac_spawn(lock_then_wait(&m, 0, &L));
  await settle(2);
  ac_cancel(t[0]);
  EXPECT_EQ(await ac_join(t[0], NULL), 0);
  EXPECT_EQ(ac_mutex_unlock(&m), 0);
  EXPECT_EQ(ac_mutex_trylock(&m), 0);
  EXPECT_EQ(ac_mutex_unlock(&m), 0);
  return 0;
}

static void test_mutex_cancel(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_mutex_cancel());
}

/* ---- semaphore ---- */

static async void sem_taker(ac_sem *s, int id, olog *L) {
  int rc = await ac_sem_wait(s);
  L->rc[id] = rc;
  L->log[L->n++] = id;
  L->next_rc[id] = await ac_yield();
}

static async int scenario_sem(void) {
  ac_sem s;
  ac_sem_init(&s, 2);
  EXPECT_EQ(ac_sem_trywait(&s), 0);
  EXPECT_EQ(await ac_sem_wait(&s), 0); /* a unit left: at once */
  EXPECT_EQ(ac_sem_trywait(&s), -EAGAIN);

  olog L;
  memset(&L, 0, sizeof L);
  ac_task *t[4];
  for (int i = 0; i < 4; i++)
    t[i] = ac_spawn(sem_taker(&s, i, &L));
  await settle(2);
  EXPECT_EQ(L.n, 0);
  /* A post goes to the first waiter, not to the count. */
  ac_sem_post(&s);
  EXPECT_EQ(ac_sem_trywait(&s), -EAGAIN);
  await settle(2);
  EXPECT_EQ(L.n, 1);
  EXPECT_EQ(L.log[0], 0);
  EXPECT_EQ(L.rc[0], 0);
  /* A cancelled waiter takes no unit: the next post goes to the next. */
  EXPECT_EQ(ac_cancel(t[1]), 0);
  await settle(2);
  EXPECT_EQ(L.rc[1], -ECANCELED);
  EXPECT_EQ(L.next_rc[1], 0);
  ac_sem_post(&s);
  await settle(2);
  EXPECT_EQ(L.rc[2], 0);
  EXPECT_EQ(L.log[2], 2);
  /* Woken with a unit, cancelled before it resumed: it keeps the unit;
   * the cancellation comes at its next wait. */
  ac_sem_post(&s);
  EXPECT_EQ(ac_cancel(t[3]), 0);
  for (int i = 0; i < 4; i++)
    EXPECT_EQ(await ac_join(t[i], NULL), 0);
  EXPECT_EQ(L.rc[3], 0);
  EXPECT_EQ(L.next_rc[3], -ECANCELED);
  /* No unit was lost or made up: the count is 0 again. */
  EXPECT_EQ(ac_sem_trywait(&s), -EAGAIN);
  ac_sem_post(&s);
  ac_sem_post(&s);
  EXPECT_EQ(ac_sem_trywait(&s), 0);
  EXPECT_EQ(ac_sem_trywait(&s), 0);
  EXPECT_EQ(ac_sem_trywait(&s), -EAGAIN);
  return 0;
}

static void test_sem(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_sem());
}

static async void sem_consumer(ac_sem *s, int n, int *got) {
  for (int i = 0; i < n; i++) {
    EXPECT_EQ(await ac_sem_wait(s), 0);
    (*got)++;
  }
}

static async int scenario_sem_producer(void) {
  ac_sem s = {0}; /* zero-initialised: count 0 */
  int got[3] = {0, 0, 0};
  ac_task *t[3];
  for (int i = 0; i < 3; i++)
    t[i] = ac_spawn(sem_consumer(&s, 10, &got[i]));
  for (int k = 0; k < 30; k++) {
    ac_sem_post(&s);
    if (k % 4 == 0)
      await ac_sleep(1);
  }
  for (int i = 0; i < 3; i++) {
    EXPECT_EQ(await ac_join(t[i], NULL), 0);
    EXPECT_EQ(got[i], 10);
  }
  EXPECT_EQ(ac_sem_trywait(&s), -EAGAIN);
  return 0;
}

static void test_sem_producer(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_sem_producer());
}

/* ---- event ---- */

static async void event_waiter(ac_event *e, int id, olog *L) {
  int rc = await ac_event_wait(e);
  L->rc[id] = rc;
  L->log[L->n++] = id;
  L->next_rc[id] = (int)ac_now(); /* here: the time it woke */
}

static async int scenario_event(void) {
  ac_event e = {0};
  olog L;
  memset(&L, 0, sizeof L);
  ac_task *t[4];
  for (int i = 0; i < 4; i++)
    t[i] = ac_spawn(event_waiter(&e, i, &L));
  await settle(2);
  EXPECT_EQ(L.n, 0);
  /* A cancelled waiter leaves; set wakes all the others. */
  EXPECT_EQ(ac_cancel(t[2]), 0);
  await settle(2);
  EXPECT_EQ(L.rc[2], -ECANCELED);
  EXPECT_EQ(await ac_sleep(10), 0);
  ac_event_set(&e);
  for (int i = 0; i < 4; i++)
    EXPECT_EQ(await ac_join(t[i], NULL), 0);
  EXPECT_EQ(L.n, 4);
  for (int i = 0; i < 4; i++)
    if (i != 2) {
      EXPECT_EQ(L.rc[i], 0);
      EXPECT_EQ(L.next_rc[i], 10);
    }
  EXPECT_EQ(L.log[1], 0);
  EXPECT_EQ(L.log[2], 1);
  EXPECT_EQ(L.log[3], 3);

  /* Waits after set return at once. */
  long long t0 = ac_now();
  EXPECT_EQ(await ac_event_wait(&e), 0);
  EXPECT_EQ(await ac_event_wait(&e), 0);
  EXPECT_EQ(ac_now(), t0);

  /* After clear they wait again, until the next set. */
  ac_event_clear(&e);
  memset(&L, 0, sizeof L);
  t[0] = ac_spawn(event_waiter(&e, 0, &L));
  EXPECT_EQ(await ac_sleep(50), 0);
  EXPECT_EQ(L.n, 0);
  ac_event_set(&e);
  EXPECT_EQ(await ac_join(t[0], NULL), 0);
  EXPECT_EQ(L.rc[0], 0);
  EXPECT_EQ(L.next_rc[0], t0 + 50);

  /* Set and cleared at once: the waiters that were there are woken. */
  ac_event_clear(&e);
  memset(&L, 0, sizeof L);
  for (int i = 0; i < 3; i++)
    t[i] = ac_spawn(event_waiter(&e, i, &L));
  await settle(2);
  ac_event_set(&e);
  ac_event_clear(&e);
  for (int i = 0; i < 3; i++)
    EXPECT_EQ(await ac_join(t[i], NULL), 0);
  EXPECT_EQ(L.n, 3);
  for (int i = 0; i < 3; i++)
    EXPECT_EQ(L.rc[i], 0);
  /* ac_event_init: not set. */
  ac_event_init(&e);
  t[0] = ac_spawn(event_waiter(&e, 5, &L));
  await settle(2);
  EXPECT_EQ(L.n, 3);
  ac_event_set(&e);
  EXPECT_EQ(await ac_join(t[0], NULL), 0);
  EXPECT_EQ(L.rc[5], 0);
  return 0;
}

static void test_event(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_event());
}

/* ---- channels ---- */

typedef struct {
  long a, b;
  int id;
  char tag[4];
} item_t; /* 24 bytes */

static async int scenario_chan_try(void) {
  ac_chan *c = NULL;
  EXPECT_EQ(ac_chan_open(&c, 0, 3), -EINVAL);
  EXPECT_EQ(ac_chan_open(NULL, sizeof(int), 3), -EINVAL);
  EXPECT_EQ(ac_chan_open(&c, sizeof(int), 3), 0);
  int v;
  EXPECT_EQ(ac_chan_tryrecv(c, &v), -EAGAIN);
  for (int i = 1; i <= 3; i++)
    EXPECT_EQ(ac_chan_trysend(c, &i), 0);
  v = 4;
  EXPECT_EQ(ac_chan_trysend(c, &v), -EAGAIN);
  for (int i = 1; i <= 3; i++) {
    EXPECT_EQ(ac_chan_tryrecv(c, &v), 0);
    EXPECT_EQ(v, i);
  }
  EXPECT_EQ(ac_chan_tryrecv(c, &v), -EAGAIN);
  /* Around the ring many times, FIFO. */
  int next_in = 0, next_out = 0;
  for (int round = 0; round < 50; round++) {
    int k = 1 + round % 3;
    for (int i = 0; i < k; i++) {
      EXPECT_EQ(ac_chan_trysend(c, &next_in), 0);
      next_in++;
    }
    for (int i = 0; i < k; i++) {
      EXPECT_EQ(ac_chan_tryrecv(c, &v), 0);
      EXPECT_EQ(v, next_out);
      next_out++;
    }
  }
  EXPECT_EQ(ac_chan_free(c), 0);

  /* Capacity 0: nothing is stored. */
  EXPECT_EQ(ac_chan_open(&c, sizeof(item_t), 0), 0);
  item_t it = {1, 2, 3, "abc"};
  EXPECT_EQ(ac_chan_trysend(c, &it), -EAGAIN);
  EXPECT_EQ(ac_chan_tryrecv(c, &it), -EAGAIN);
  EXPECT_EQ(ac_chan_free(c), 0);
  return 0;
}

static void test_chan_try(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_chan_try());
}

static async void item_producer(ac_chan *c, int n, int sleep_every) {
  for (int k = 0; k < n; k++) {
    item_t it;
    memset(&it, 0, sizeof it);
    it.a = k;
    it.b = -k;
    it.id = k * 3;
    memcpy(it.tag, "tag", 4);
    EXPECT_EQ(await ac_chan_send(c, &it), 0);
    if (sleep_every && k % sleep_every == 0)
      await ac_sleep(1);
  }
}

static async int item_consumer(ac_chan *c, int n, int sleep_every) {
  long sum = 0;
  for (int k = 0; k < n; k++) {
    item_t it;
    memset(&it, 0xEE, sizeof it);
    int rc = await ac_chan_recv(c, &it);
    EXPECT_EQ(rc, 0);
    if (it.a != k || it.b != -k || it.id != 3 * k || memcmp(it.tag, "tag", 4) != 0) {
      rt_fail(__FILE__, __LINE__, "item %d: got a=%ld b=%ld id=%d", k, it.a, it.b, it.id);
      return -1;
    }
    sum += it.a;
    if (sleep_every && k % sleep_every == 0)
      await ac_sleep(2);
  }
  return (int)sum;
}

static async int scenario_chan_stream(void) {
  static const size_t caps[] = {0, 1, 3, 64};
  for (int ci = 0; ci < 4; ci++) {
    for (int mode = 0; mode < 3; mode++) {
      ac_chan *c = NULL;
      EXPECT_EQ(ac_chan_open(&c, sizeof(item_t), caps[ci]), 0);
      /* mode 0: no sleeps; 1: a slow consumer; 2: a slow producer */
      ac_task *p = ac_spawn(item_producer(c, 500, mode == 2 ? 7 : 0));
      ac_task *q = ac_spawn(item_consumer(c, 500, mode == 1 ? 5 : 0));
      int sum = 0;
      EXPECT_EQ(await ac_join(p, NULL), 0);
      EXPECT_EQ(await ac_join(q, &sum), 0);
      EXPECT_EQ(sum, 499 * 500 / 2);
      EXPECT_EQ(ac_chan_free(c), 0);
    }
  }
  return 0;
}

static void test_chan_stream(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_chan_stream());
}

/* Capacity 0 is a rendezvous: a send returns once a receiver took it. */
static async void rv_sender(ac_chan *c, int v, int *done, int *rc) {
  *rc = await ac_chan_send(c, &v);
  *done = 1;
}

static async void rv_receiver(ac_chan *c, int *out, int *rc) { *rc = await ac_chan_recv(c, out); }

static async int scenario_chan_rendezvous(void) {
  ac_chan *c = NULL;
  EXPECT_EQ(ac_chan_open(&c, sizeof(int), 0), 0);
  int done = 0, rc = 1, v = 0;
  ac_task *s = ac_spawn(rv_sender(c, 41, &done, &rc));
  await settle(3);
  EXPECT_EQ(await ac_sleep(100), 0);
  EXPECT_EQ(done, 0); /* no receiver yet */
  EXPECT_EQ(await ac_chan_recv(c, &v), 0);
  EXPECT_EQ(v, 41);
  EXPECT_EQ(await ac_join(s, NULL), 0);
  EXPECT_EQ(done, 1);
  EXPECT_EQ(rc, 0);

  /* tryrecv takes a waiting sender's element; trysend gives to a waiting
   * receiver. */
  done = 0;
  s = ac_spawn(rv_sender(c, 42, &done, &rc));
  await settle(2);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), 0);
  EXPECT_EQ(v, 42);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), -EAGAIN);
  EXPECT_EQ(await ac_join(s, NULL), 0);
  EXPECT_EQ(rc, 0);
  int out = 0;
  ac_task *r = ac_spawn(rv_receiver(c, &out, &rc));
  await settle(2);
  v = 43;
  EXPECT_EQ(ac_chan_trysend(c, &v), 0);
  EXPECT_EQ(ac_chan_trysend(c, &v), -EAGAIN);
  EXPECT_EQ(await ac_join(r, NULL), 0);
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(out, 43);
  /* A receiver waits for a sender, too. */
  out = 0;
  r = ac_spawn(rv_receiver(c, &out, &rc));
  EXPECT_EQ(await ac_sleep(10), 0);
  EXPECT_EQ(out, 0);
  v = 44;
  EXPECT_EQ(await ac_chan_send(c, &v), 0);
  EXPECT_EQ(await ac_join(r, NULL), 0);
  EXPECT_EQ(out, 44);
  EXPECT_EQ(ac_chan_free(c), 0);
  return 0;
}

static void test_chan_rendezvous(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_chan_rendezvous());
}

/* Several producers and consumers: every element exactly once, and each
 * producer's elements in order. */
static async void multi_producer(ac_chan *c, int id, int n) {
  for (int k = 0; k < n; k++) {
    int v = id * 10000 + k;
    EXPECT_EQ(await ac_chan_send(c, &v), 0);
    if ((k + id) % 5 == 0)
      await ac_sleep(1);
  }
}

typedef struct {
  int seen[3][300];
  int last[2][3];
} multi_log;

static async void multi_consumer(ac_chan *c, int id, multi_log *M) {
  for (;;) {
    int v = -1;
    int rc = await ac_chan_recv(c, &v);
    if (rc == -EPIPE)
      return;
    EXPECT_EQ(rc, 0);
    int p = v / 10000, k = v % 10000;
    if (p < 0 || p > 2 || k < 0 || k >= 300) {
      rt_fail(__FILE__, __LINE__, "bad element %d", v);
      return;
    }
    M->seen[p][k]++;
    EXPECT(k > M->last[id][p] - 1); /* per producer, increasing */
    M->last[id][p] = k + 1;
    if ((v + id) % 7 == 0)
      await ac_sleep(2);
  }
}

static async int scenario_chan_multi(void) {
  ac_chan *c = NULL;
  EXPECT_EQ(ac_chan_open(&c, sizeof(int), 2), 0);
  static multi_log M;
  memset(&M, 0, sizeof M);
  ac_task *p[3], *q[2];
  for (int i = 0; i < 3; i++)
    p[i] = ac_spawn(multi_producer(c, i, 300));
  for (int i = 0; i < 2; i++)
    q[i] = ac_spawn(multi_consumer(c, i, &M));
  EXPECT_EQ(await ac_gather(p, 3, NULL), 0);
  ac_chan_close(c);
  EXPECT_EQ(await ac_gather(q, 2, NULL), 0);
  for (int i = 0; i < 3; i++)
    for (int k = 0; k < 300; k++)
      if (M.seen[i][k] != 1) {
        rt_fail(__FILE__, __LINE__, "element %d/%d seen %d times", i, k, M.seen[i][k]);
        i = 3;
        break;
      }
  EXPECT_EQ(ac_chan_free(c), 0);
  return 0;
}

static void test_chan_multi(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_chan_multi());
}

/* ---- close ---- */

static async int scenario_chan_close(void) {
  /* Buffered and full, with waiting senders: they get -EPIPE; receivers
   * get what is buffered, then -EPIPE. */
  ac_chan *c = NULL;
  EXPECT_EQ(ac_chan_open(&c, sizeof(int), 2), 0);
  int v = 10;
  EXPECT_EQ(ac_chan_trysend(c, &v), 0);
  v = 11;
  EXPECT_EQ(ac_chan_trysend(c, &v), 0);
  int done[2] = {0, 0}, rc[2] = {1, 1};
  ac_task *s0 = ac_spawn(rv_sender(c, 12, &done[0], &rc[0]));
  ac_task *s1 = ac_spawn(rv_sender(c, 13, &done[1], &rc[1]));
  await settle(2);
  EXPECT_EQ(done[0] + done[1], 0);
  EXPECT_EQ(ac_chan_free(c), -EBUSY); /* waiters */
  ac_chan_close(c);
  EXPECT_EQ(await ac_join(s0, NULL), 0);
  EXPECT_EQ(await ac_join(s1, NULL), 0);
  EXPECT_EQ(rc[0], -EPIPE);
  EXPECT_EQ(rc[1], -EPIPE);
  EXPECT_EQ(await ac_chan_recv(c, &v), 0);
  EXPECT_EQ(v, 10);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), 0);
  EXPECT_EQ(v, 11);
  EXPECT_EQ(await ac_chan_recv(c, &v), -EPIPE);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), -EPIPE);
  EXPECT_EQ(await ac_chan_send(c, &v), -EPIPE);
  EXPECT_EQ(ac_chan_trysend(c, &v), -EPIPE);
  ac_chan_close(c); /* twice: nothing more */
  EXPECT_EQ(ac_chan_free(c), 0);

  /* Waiting receivers of an empty channel, and of a capacity-0 one. */
  for (size_t cap = 0; cap < 2; cap++) {
    EXPECT_EQ(ac_chan_open(&c, sizeof(int), cap), 0);
    int out[3] = {0, 0, 0}, rrc[3] = {1, 1, 1};
    ac_task *r[3];
    for (int i = 0; i < 3; i++)
      r[i] = ac_spawn(rv_receiver(c, &out[i], &rrc[i]));
    await settle(2);
    EXPECT_EQ(ac_chan_free(c), -EBUSY);
    ac_chan_close(c);
    for (int i = 0; i < 3; i++) {
      EXPECT_EQ(await ac_join(r[i], NULL), 0);
      EXPECT_EQ(rrc[i], -EPIPE);
      EXPECT_EQ(out[i], 0);
    }
    EXPECT_EQ(ac_chan_free(c), 0);
  }

  /* A capacity-0 channel's waiting sender. */
  EXPECT_EQ(ac_chan_open(&c, sizeof(int), 0), 0);
  done[0] = 0;
  s0 = ac_spawn(rv_sender(c, 5, &done[0], &rc[0]));
  await settle(2);
  ac_chan_close(c);
  EXPECT_EQ(await ac_join(s0, NULL), 0);
  EXPECT_EQ(rc[0], -EPIPE);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), -EPIPE);
  EXPECT_EQ(ac_chan_free(c), 0);
  return 0;
}

static void test_chan_close(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_chan_close());
}

/* ---- cancellation on channels: nothing lost, nothing duplicated ---- */

typedef struct {
  int rc, next_rc, value;
} chan_waiter_log;

static async void cw_recv(ac_chan *c, chan_waiter_log *L) {
  L->value = -1;
  L->rc = await ac_chan_recv(c, &L->value);
  L->next_rc = await ac_yield();
}

static async void cw_send(ac_chan *c, int v, chan_waiter_log *L) {
  L->value = v;
  L->rc = await ac_chan_send(c, &v);
  L->next_rc = await ac_yield();
}

static async int scenario_chan_cancel(void) {
  ac_chan *c = NULL;
  int v;
  chan_waiter_log a, b;

  /* Receivers: the cancelled one gets nothing, the next one gets it. */
  EXPECT_EQ(ac_chan_open(&c, sizeof(int), 0), 0);
  memset(&a, 0, sizeof a);
  memset(&b, 0, sizeof b);
  ac_task *ra = ac_spawn(cw_recv(c, &a));
  ac_task *rb = ac_spawn(cw_recv(c, &b));
  await settle(2);
  EXPECT_EQ(ac_cancel(ra), 0);
  await settle(2);
  EXPECT_EQ(a.rc, -ECANCELED);
  EXPECT_EQ(a.value, -1);
  v = 5;
  EXPECT_EQ(ac_chan_trysend(c, &v), 0);
  EXPECT_EQ(await ac_join(ra, NULL), 0);
  EXPECT_EQ(await ac_join(rb, NULL), 0);
  EXPECT_EQ(b.rc, 0);
  EXPECT_EQ(b.value, 5);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), -EAGAIN);

  /* A receiver handed an element, cancelled before it resumed: it keeps
   * the element (rc 0); its next wait is cancelled. */
  memset(&a, 0, sizeof a);
  ra = ac_spawn(cw_recv(c, &a));
  await settle(2);
  v = 6;
  EXPECT_EQ(ac_chan_trysend(c, &v), 0);
  EXPECT_EQ(ac_cancel(ra), 0);
  EXPECT_EQ(await ac_join(ra, NULL), 0);
  EXPECT_EQ(a.rc, 0);
  EXPECT_EQ(a.value, 6);
  EXPECT_EQ(a.next_rc, -ECANCELED);

  /* A sender handed off (capacity 0) and then cancelled: its send
   * happened (rc 0), once. */
  memset(&a, 0, sizeof a);
  ac_task *sa = ac_spawn(cw_send(c, 7, &a));
  await settle(2);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), 0);
  EXPECT_EQ(v, 7);
  EXPECT_EQ(ac_cancel(sa), 0);
  EXPECT_EQ(await ac_join(sa, NULL), 0);
  EXPECT_EQ(a.rc, 0);
  EXPECT_EQ(a.next_rc, -ECANCELED);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), -EAGAIN);
  EXPECT_EQ(ac_chan_free(c), 0);

  /* Senders of a full channel: the cancelled one's element never arrives;
   * the other's does, after the buffered one. */
  EXPECT_EQ(ac_chan_open(&c, sizeof(int), 1), 0);
  v = 1;
  EXPECT_EQ(ac_chan_trysend(c, &v), 0);
  memset(&a, 0, sizeof a);
  memset(&b, 0, sizeof b);
  sa = ac_spawn(cw_send(c, 2, &a));
  ac_task *sb = ac_spawn(cw_send(c, 3, &b));
  await settle(2);
  EXPECT_EQ(ac_cancel(sa), 0);
  await settle(2);
  EXPECT_EQ(a.rc, -ECANCELED);
  EXPECT_EQ(await ac_chan_recv(c, &v), 0);
  EXPECT_EQ(v, 1);
  EXPECT_EQ(await ac_chan_recv(c, &v), 0);
  EXPECT_EQ(v, 3);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), -EAGAIN);
  EXPECT_EQ(await ac_join(sa, NULL), 0);
  EXPECT_EQ(await ac_join(sb, NULL), 0);
  EXPECT_EQ(b.rc, 0);

  /* A sender whose element moved into the buffer (a receive freed a
   * place), cancelled before it resumed: sent once. */
  v = 1;
  EXPECT_EQ(ac_chan_trysend(c, &v), 0);
  memset(&a, 0, sizeof a);
  sa = ac_spawn(cw_send(c, 8, &a));
  await settle(2);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), 0);
  EXPECT_EQ(v, 1);
  EXPECT_EQ(ac_cancel(sa), 0);
  EXPECT_EQ(await ac_join(sa, NULL), 0);
  EXPECT_EQ(a.rc, 0);
  EXPECT_EQ(a.next_rc, -ECANCELED);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), 0);
  EXPECT_EQ(v, 8);
  EXPECT_EQ(ac_chan_tryrecv(c, &v), -EAGAIN);
  EXPECT_EQ(ac_chan_free(c), 0);
  return 0;
}

static void test_chan_cancel(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_chan_cancel());
}

/* Random cancellations of producers and consumers of a small channel:
 * every element whose send returned 0 is received exactly once, and no
 * element whose send failed is received. */
enum { SP = 4, SC = 3, SN = 200 };

typedef struct {
  unsigned char sent[SP][SN];     /* send returned 0 */
  unsigned char received[SP][SN]; /* times received */
  int send_fail[SP];
  int stopped_recv[SC];
} stress_log;

static async void stress_producer(ac_chan *c, int id, stress_log *S, unsigned seed) {
  for (int k = 0; k < SN; k++) {
    int v = id * SN + k;
    int rc = await ac_chan_send(c, &v);
    if (rc == 0) {
      S->sent[id][k] = 1;
    } else {
      S->send_fail[id] = rc;
      return;
    }
    if (rt_rand(&seed) % 3 == 0) {
      rc = await ac_sleep((long)(rt_rand(&seed) % 3));
      if (rc) {
        S->send_fail[id] = rc;
        return;
      }
    }
  }
}

static async void stress_consumer(ac_chan *c, int id, stress_log *S, unsigned seed) {
  for (;;) {
    int v = -1;
    int rc = await ac_chan_recv(c, &v);
    if (rc) {
      S->stopped_recv[id] = rc;
      return;
    }
    if (v < 0 || v >= SP * SN) {
      rt_fail(__FILE__, __LINE__, "bad element %d", v);
      return;
    }
    S->received[v / SN][v % SN]++;
    if (rt_rand(&seed) % 2 == 0) {
      rc = await ac_sleep((long)(rt_rand(&seed) % 4));
      if (rc) {
        S->stopped_recv[id] = rc;
        return;
      }
    }
  }
}

static async int stress_once(unsigned seed, size_t cap) {
  static stress_log S;
  memset(&S, 0, sizeof S);
  ac_chan *c = NULL;
  EXPECT_EQ(ac_chan_open(&c, sizeof(int), cap), 0);
  ac_task *p[SP], *q[SC];
  for (int i = 0; i < SP; i++)
    p[i] = ac_spawn(stress_producer(c, i, &S, seed + (unsigned)i));
  for (int i = 0; i < SC; i++)
    q[i] = ac_spawn(stress_consumer(c, i, &S, seed * 7 + (unsigned)i));
  /* Cancel producers 1 and 3 and consumers 0 and 2 at random times;
   * consumer 1 keeps going. */
  static const int victims[4] = {1, 3, 0, 2};
  for (int k = 0; k < 4; k++) {
    await ac_sleep(1 + (long)(rt_rand(&seed) % 40));
    if (k < 2)
      EXPECT_EQ(ac_cancel(p[victims[k]]), 0);
    else
      EXPECT_EQ(ac_cancel(q[victims[k]]), 0);
  }
  EXPECT_EQ(await ac_gather(p, SP, NULL), 0);
  ac_chan_close(c);
  EXPECT_EQ(await ac_gather(q, SC, NULL), 0);
  /* What is still buffered (if consumer 1 stopped early: it cannot). */
  int v;
  while (ac_chan_tryrecv(c, &v) == 0)
    S.received[v / SN][v % SN]++;
  EXPECT_EQ(ac_chan_free(c), 0);
  int sent = 0, bad = 0;
  for (int i = 0; i < SP; i++)
    for (int k = 0; k < SN; k++) {
      sent += S.sent[i][k];
      if (S.received[i][k] != S.sent[i][k] && bad++ < 5)
        rt_fail(__FILE__, __LINE__, "seed %u cap %zu: element %d/%d sent %d received %d", seed, cap, i, k,
                S.sent[i][k], S.received[i][k]);
    }
  EXPECT(sent > 0);
  /* The cancelled producers stopped with -ECANCELED (or had finished). */
  EXPECT(S.send_fail[1] == -ECANCELED || S.sent[1][SN - 1]);
  EXPECT(S.send_fail[3] == -ECANCELED || S.sent[3][SN - 1]);
  EXPECT_EQ(S.send_fail[0], 0);
  EXPECT_EQ(S.send_fail[2], 0);
  EXPECT_EQ(S.stopped_recv[0], -ECANCELED);
  EXPECT_EQ(S.stopped_recv[2], -ECANCELED);
  EXPECT_EQ(S.stopped_recv[1], -EPIPE);
  return 0;
}

static async int scenario_chan_cancel_stress(void) {
  for (unsigned seed = 1; seed <= 20; seed++)
    for (size_t cap = 0; cap < 3; cap++)
      await stress_once(seed, cap);
  return 0;
}

static void test_chan_cancel_stress(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_chan_cancel_stress());
}

/* ---- ac_chan_free ---- */

static async int scenario_chan_free(void) {
  ac_chan *c = NULL;
  EXPECT_EQ(ac_chan_open(&c, sizeof(int), 0), 0);
  chan_waiter_log a;
  memset(&a, 0, sizeof a);
  ac_task *r = ac_spawn(cw_recv(c, &a));
  await settle(2);
  EXPECT_EQ(ac_chan_free(c), -EBUSY);
  /* Still usable after the refusal. */
  int v = 9;
  EXPECT_EQ(ac_chan_trysend(c, &v), 0);
  EXPECT_EQ(await ac_join(r, NULL), 0);
  EXPECT_EQ(a.value, 9);
  /* A waiting sender counts too. */
  memset(&a, 0, sizeof a);
  ac_task *s = ac_spawn(cw_send(c, 3, &a));
  await settle(2);
  EXPECT_EQ(ac_chan_free(c), -EBUSY);
  ac_cancel(s);
  EXPECT_EQ(await ac_join(s, NULL), 0);
  EXPECT_EQ(a.rc, -ECANCELED);
  EXPECT_EQ(ac_chan_free(c), 0); /* nobody waits now */
  return 0;
}

static void test_chan_free(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_chan_free());
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mutex_fifo),
      cmocka_unit_test(test_mutex_errors),
      cmocka_unit_test(test_mutex_cancel),
      cmocka_unit_test(test_sem),
      cmocka_unit_test(test_sem_producer),
      cmocka_unit_test(test_event),
      cmocka_unit_test(test_chan_try),
      cmocka_unit_test(test_chan_stream),
      cmocka_unit_test(test_chan_rendezvous),
      cmocka_unit_test(test_chan_multi),
      cmocka_unit_test(test_chan_close),
      cmocka_unit_test(test_chan_cancel),
      cmocka_unit_test(test_chan_cancel_stress),
      cmocka_unit_test(test_chan_free),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
