/* rt_pool.c - the thread pool and other threads: ac_blocking, 1000 jobs
 * with 64 in flight, ac_pool_size, cancellation of a queued job and of a
 * running one (its waiter resumes only after the job wrote into its
 * frame), the drain of ac_run with a running job, the file operations,
 * ac_getaddrinfo, ac_post from other threads and pool jobs, and loops on
 * several threads at once.
 *
 * The pool is process-wide and its size is fixed at its first use: the
 * first test sets it to 2 threads (the cancellation tests block both). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rt_util.h"


enum { POOL_THREADS = 2 };

static pthread_t loop_thread;

static void real_sleep_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
    ;
}

static async void settle(int n) {
  for (int i = 0; i < n; i++)
    await ac_yield();
}

/* ---- ac_pool_size, ac_blocking ---- */

typedef struct {
  long in;
  pthread_t ran_on;
} job_arg;

static long double_it(void *p) {
  job_arg *a = p;
  a->ran_on = pthread_self();
  return a->in * 2;
}

static long return_value(void *p) { return (long)(intptr_t)p; }

static async int scenario_blocking(void) {
  job_arg a = {21, 0};
  EXPECT_EQ(await ac_blocking(double_it, &a), 42);
  EXPECT(!pthread_equal(a.ran_on, loop_thread)); /* on a pool thread */
  EXPECT(pthread_equal(pthread_self(), loop_thread)); /* resumed on the loop's */
  /* All of a long, and negative values, come back as they are. */
  EXPECT_EQ(await ac_blocking(return_value, (void *)(intptr_t)((1L << 40) + 5)), (1L << 40) + 5);
  EXPECT_EQ(await ac_blocking(return_value, (void *)(intptr_t)-7), -7);
  /* No function: an error, not a crash. */
  EXPECT(await ac_blocking(NULL, NULL) < 0);
  return 0;
}

static void test_pool_size_and_blocking(void **state) {
  (void)state;
  loop_thread = pthread_self();
  assert_int_equal(ac_pool_size(0), -EINVAL);
  assert_int_equal(ac_pool_size(1025), -EINVAL);
  assert_int_equal(ac_pool_size(7), 0); /* before the first use: any number of times */
  assert_int_equal(ac_pool_size(POOL_THREADS), 0);
  RUN(scenario_blocking());
  assert_int_equal(ac_pool_size(4), -EBUSY); /* started */
  assert_int_equal(ac_pool_size(POOL_THREADS), -EBUSY);
  assert_int_equal(ac_pool_size(0), -EINVAL);
}

/* ---- 1000 jobs, 64 in flight ---- */

enum { JOBS = 1000, IN_FLIGHT = 64 };

static atomic_int running_jobs, max_running_jobs;

static long compute(void *p) {
  long i = (long)(intptr_t)p;
  int now = atomic_fetch_add(&running_jobs, 1) + 1;
  int m = atomic_load(&max_running_jobs);
  while (now > m && !atomic_compare_exchange_weak(&max_running_jobs, &m, now))
    ;
  volatile long x = 0;
  for (long k = 0; k < 1000; k++)
    x += k;
  atomic_fetch_sub(&running_jobs, 1);
  return i * i + 1 + (x - 499500);
}

typedef struct {
  int next;
  long results[JOBS];
  int waiting, max_waiting;
} jobs_state;

static async int job_worker(jobs_state *S) {
  int done = 0;
  while (S->next < JOBS) {
    int i = S->next++;
    S->waiting++;
    if (S->waiting > S->max_waiting)
      S->max_waiting = S->waiting;
    long r = await ac_blocking(compute, (void *)(intptr_t)i);
    S->waiting--;
    EXPECT(pthread_equal(pthread_self(), loop_thread));
    S->results[i] = r;
    done++;
  }
  return done;
}

static async int scenario_many_jobs(void) {
  static jobs_state S;
  memset(&S, 0, sizeof S);
  ac_task *t[IN_FLIGHT];
  for (int i = 0; i < IN_FLIGHT; i++)
    t[i] = ac_spawn(job_worker(&S));
  int total = 0;
  for (int i = 0; i < IN_FLIGHT; i++) {
    int done = 0;
    EXPECT_EQ(await ac_join(t[i], &done), 0);
    total += done;
  }
  EXPECT_EQ(total, JOBS);
  for (long i = 0; i < JOBS; i++)
    if (S.results[i] != i * i + 1) {
      EXPECT_EQ(S.results[i], i * i + 1);
      break;
    }
  EXPECT_EQ(S.max_waiting, IN_FLIGHT);
  EXPECT(atomic_load(&max_running_jobs) <= POOL_THREADS);
  EXPECT(atomic_load(&max_running_jobs) >= 1);
  return 0;
}

static void test_many_jobs(void **state) {
  (void)state;
  RUN(scenario_many_jobs());
}

/* ---- cancelling a queued job ---- */

static pthread_mutex_t gate_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_cond = PTHREAD_COND_INITIALIZER;
static int gate_open;
static atomic_int blockers_started;

static long blocker(void *p) {
  (void)p;
  atomic_fetch_add(&blockers_started, 1);
  pthread_mutex_lock(&gate_lock);
  while (!gate_open)
    pthread_cond_wait(&gate_cond, &gate_lock);
  pthread_mutex_unlock(&gate_lock);
  return 1;
}

static int gate_is_open(void) {
  pthread_mutex_lock(&gate_lock);
  int o = gate_open;
  pthread_mutex_unlock(&gate_lock);
  return o;
}

static void open_gate(int open) {
  pthread_mutex_lock(&gate_lock);
  gate_open = open;
  pthread_cond_broadcast(&gate_cond);
  pthread_mutex_unlock(&gate_lock);
}

static atomic_int never_ran;

static long must_not_run(void *p) {
  (void)p;
  atomic_fetch_add(&never_ran, 1);
  return 99;
}

typedef struct {
  long rc;
  int gate_was_open;
  int done;
} queued_log;

static async void queued_waiter(queued_log *L) {
  L->rc = await ac_blocking(must_not_run, NULL);
  L->gate_was_open = gate_is_open();
  L->done = 1;
}

static async long blocker_task(void) { return await ac_blocking(blocker, NULL); }

static async int scenario_cancel_queued(void) {
  atomic_store(&never_ran, 0);
  atomic_store(&blockers_started, 0);
  open_gate(0);
  ac_task *b[POOL_THREADS];
  for (int i = 0; i < POOL_THREADS; i++)
    b[i] = ac_spawn(blocker_task());
  /* Every pool thread blocked (real time: the threads must get there). */
  for (int i = 0; i < 5000 && atomic_load(&blockers_started) < POOL_THREADS; i++)
    await ac_sleep(1);
  EXPECT_EQ(atomic_load(&blockers_started), POOL_THREADS);

  /* Cancelled once queued in the pool. */
  queued_log q1;
  memset(&q1, 0, sizeof q1);
  ac_task *t1 = ac_spawn(queued_waiter(&q1));
  await ac_sleep(5);
  EXPECT_EQ(q1.done, 0);
  EXPECT_EQ(ac_cancel(t1), 0);
  /* Cancelled in the same turn as its submission. */
  queued_log q2;
  memset(&q2, 0, sizeof q2);
  ac_task *t2 = ac_spawn(queued_waiter(&q2));
  await ac_yield(); /* t2 submitted its job */
  EXPECT_EQ(ac_cancel(t2), 0);
  EXPECT_EQ(await ac_join(t1, NULL), 0);
  EXPECT_EQ(await ac_join(t2, NULL), 0);
  /* Both resumed at once: the pool is still blocked. */
  EXPECT_EQ(q1.rc, -ECANCELED);
  EXPECT_EQ(q1.gate_was_open, 0);
  EXPECT_EQ(q2.rc, -ECANCELED);
  EXPECT_EQ(q2.gate_was_open, 0);

  open_gate(1);
  for (int i = 0; i < POOL_THREADS; i++) {
    long r = 0;
    EXPECT_EQ(await ac_join(b[i], &r), 0);
    EXPECT_EQ(r, 1);
  }
  /* Jobs queued after them run; the dropped ones never do. */
  job_arg a = {5, 0};
  EXPECT_EQ(await ac_blocking(double_it, &a), 10);
  EXPECT_EQ(await ac_blocking(double_it, &a), 10);
  real_sleep_ms(20);
  EXPECT_EQ(atomic_load(&never_ran), 0);
  return 0;
}

static void test_cancel_queued(void **state) {
  (void)state;
  RUN(scenario_cancel_queued());
}

/* ---- THE pool-cancel test: a running job is waited for ---- */

typedef struct {
  char *buf;
  atomic_int started, finished;
} slow_arg;

static long slow_write(void *p) {
  slow_arg *a = p;
  atomic_store(&a->started, 1);
  real_sleep_ms(50);
  strcpy(a->buf, "written by the job");
  atomic_store(&a->finished, 1);
  return 123;
}

typedef struct {
  long rc;
  char seen[64];
  int finished_seen;
  int next_rc;
  long long resumed_at;
} victim_log;

static async int victim(slow_arg *a, victim_log *L) {
  char buf[64]; /* in this task's frame */
  memset(buf, 0, sizeof buf);
  a->buf = buf;
  L->rc = await ac_blocking(slow_write, a);
  /* Right when the await returns: the job has written. */
  L->resumed_at = rt_real_ms();
  memcpy(L->seen, buf, sizeof buf);
  L->finished_seen = atomic_load(&a->finished);
  L->next_rc = await ac_yield(); /* delivered once */
  return 0;
}

static async int scenario_cancel_running(void) {
  static slow_arg a;
  memset(&a, 0, sizeof a);
  victim_log L;
  memset(&L, 0, sizeof L);
  ac_task *v = ac_spawn(victim(&a, &L));
  for (int i = 0; i < 5000 && !atomic_load(&a.started); i++)
    await ac_sleep(1);
  EXPECT(atomic_load(&a.started));
  long long t_cancel = rt_real_ms();
  EXPECT_EQ(ac_cancel(v), 0);
  EXPECT_EQ(ac_cancel(v), 0); /* twice: still one -ECANCELED */
  EXPECT_EQ(await ac_join(v, NULL), 0);
  EXPECT_EQ(L.rc, -ECANCELED);
  EXPECT_STR(L.seen, "written by the job");
  EXPECT_EQ(L.finished_seen, 1);
  EXPECT_EQ(L.next_rc, 0);
  EXPECT(L.resumed_at >= t_cancel);
  return 0;
}

static void test_cancel_running(void **state) {
  (void)state;
  RUN(scenario_cancel_running());
}

/* The job's argument itself in the frame, and ac_run's drain: the async
 * call returns while a task waits for a running job; ac_run returns only
 * after the job has ended and the task has finished. */
static atomic_int drain_job_started, drain_job_done;
static int drain_task_saw;

static long slow_fill(void *p) {
  atomic_store(&drain_job_started, 1);
  real_sleep_ms(50);
  memset(p, 'z', 32);
  atomic_store(&drain_job_done, 1);
  return 32;
}

static async void drain_victim(int *started) {
  char frame_buf[32];
  memset(frame_buf, 0, sizeof frame_buf);
  *started = 1;
  long rc = await ac_blocking(slow_fill, frame_buf);
  drain_task_saw = rc == -ECANCELED && frame_buf[0] == 'z' && frame_buf[31] == 'z' && atomic_load(&drain_job_done);
}

static async int drain_main(void) {
  static int started;
  started = 0;
  ac_detach(ac_spawn(drain_victim(&started)));
  await settle(2);
  EXPECT(started);
  for (int i = 0; i < 5000 && !atomic_load(&drain_job_started); i++)
    await ac_sleep(1);
  EXPECT(atomic_load(&drain_job_started));
  return 0; /* while the job runs */
}

static void test_run_drains_running_job(void **state) {
  (void)state;
  atomic_store(&drain_job_started, 0);
  atomic_store(&drain_job_done, 0);
  drain_task_saw = -1;
  long long t0 = rt_real_ms();
  RUN(drain_main());
  assert_int_equal(atomic_load(&drain_job_done), 1);
  assert_int_equal(drain_task_saw, 1);
  assert_true(rt_real_ms() - t0 >= 40);
}

/* ---- files ---- */

static async int scenario_files(void) {
  char dir[] = "/tmp/rt_pool_XXXXXX";
  EXPECT(mkdtemp(dir) != NULL);
  char path[128];
  snprintf(path, sizeof path, "%s/file", dir);
  EXPECT_EQ(await ac_file_open(path, O_RDONLY, 0), -ENOENT);
  int fd = await ac_file_open(path, O_CREAT | O_RDWR | O_TRUNC, 0600);
  EXPECT(fd >= 0);
  if (fd < 0)
    return 0;
  EXPECT(fcntl(fd, F_GETFD) & FD_CLOEXEC); /* made by the runtime */
  /* At the file position (offset < 0), then at offsets. */
  EXPECT_EQ(await ac_file_write(fd, "hello world", 11, -1), 11);
  EXPECT_EQ(await ac_file_write(fd, "XYZ", 3, 100), 3);
  EXPECT_EQ(await ac_file_write(fd, "W", 1, 0), 1);
  char buf[256];
  memset(buf, 0, sizeof buf);
  EXPECT_EQ(await ac_file_read(fd, buf, 5, 6), 5);
  EXPECT_STR(buf, "world");
  memset(buf, 1, sizeof buf);
  EXPECT_EQ(await ac_file_read(fd, buf, sizeof buf, 0), 103);
  EXPECT(memcmp(buf, "Wello world", 11) == 0);
  EXPECT_EQ(buf[50], 0); /* the hole */
  EXPECT(memcmp(buf + 100, "XYZ", 3) == 0);
  /* The position moved only with the positional-less write: at 11. */
  memset(buf, 1, sizeof buf);
  EXPECT_EQ(await ac_file_read(fd, buf, sizeof buf, -1), 92);
  EXPECT(memcmp(buf + 89, "XYZ", 3) == 0);
  EXPECT_EQ(await ac_file_read(fd, buf, sizeof buf, -1), 0); /* the end */
  EXPECT_EQ(await ac_file_fsync(fd), 0);
  struct stat st;
  memset(&st, 0, sizeof st);
  EXPECT_EQ(await ac_file_stat(path, &st), 0);
  EXPECT_EQ(st.st_size, 103);
  EXPECT(S_ISREG(st.st_mode));
  EXPECT_EQ(st.st_mode & 0777, 0600);

  /* A big write at an offset, all of it, read back. */
  enum { BIGF = 1 << 20 };
  unsigned char *big = malloc(BIGF), *back = malloc(BIGF);
  for (size_t i = 0; i < BIGF; i++)
    big[i] = (unsigned char)(i * 7 + 3);
  EXPECT_EQ(await ac_file_write(fd, big, BIGF, 4096), BIGF);
  memset(back, 0, BIGF);
  long got = 0;
  while (got < BIGF) {
    long r = await ac_file_read(fd, back + got, BIGF - (size_t)got, 4096 + got);
    if (r <= 0)
      break;
    got += r;
  }
  EXPECT_EQ(got, BIGF);
  EXPECT(memcmp(big, back, BIGF) == 0);
  free(big);
  free(back);
  EXPECT_EQ(await ac_file_stat(path, &st), 0);
  EXPECT_EQ(st.st_size, 4096 + BIGF);

  EXPECT_EQ(await ac_file_close(fd), 0);
  EXPECT_EQ(await ac_file_close(fd), -EBADF);
  EXPECT_EQ(await ac_file_read(fd, buf, 1, 0), -EBADF);
  EXPECT_EQ(await ac_file_write(fd, buf, 1, 0), -EBADF);
  EXPECT_EQ(await ac_file_fsync(fd), -EBADF);
  EXPECT_EQ(await ac_file_unlink(path), 0);
  EXPECT_EQ(await ac_file_stat(path, &st), -ENOENT);
  EXPECT_EQ(await ac_file_unlink(path), -ENOENT);
  EXPECT_EQ(await ac_file_open(dir, O_WRONLY, 0), -EISDIR);
  rmdir(dir);
  return 0;
}

static void test_files(void **state) {
  (void)state;
  RUN(scenario_files());
}

/* ---- getaddrinfo ---- */

static async int gai_task(const char *host, int *rc) {
  struct addrinfo hints, *res = NULL;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  *rc = await ac_getaddrinfo(host, "80", &hints, &res);
  if (*rc == 0)
    freeaddrinfo(res);
  return 0;
}

static async int scenario_getaddrinfo(void) {
  struct addrinfo hints, *res = NULL;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  EXPECT_EQ(await ac_getaddrinfo("localhost", "80", &hints, &res), 0);
  EXPECT(res != NULL);
  int found = 0;
  for (struct addrinfo *a = res; a; a = a->ai_next)
    found += a->ai_family == AF_INET || a->ai_family == AF_INET6;
  EXPECT(found > 0);
  if (res)
    freeaddrinfo(res);
  /* Invalid names: negative errno values (no network needed). */
  hints.ai_flags = AI_NUMERICHOST;
  res = NULL;
  int rc = await ac_getaddrinfo("no.such.host", "80", &hints, &res);
  EXPECT(rc < 0);
  EXPECT(res == NULL);
  hints.ai_flags = 0;
  rc = await ac_getaddrinfo(NULL, NULL, &hints, &res);
  EXPECT(rc < 0);
  rc = await ac_getaddrinfo("localhost", "no-such-service-xyz", &hints, &res);
  EXPECT(rc < 0);
  /* Cancelled while it is queued or runs: -ECANCELED, nothing leaks. */
  for (int i = 0; i < 4; i++) {
    int grc = 1;
    ac_task *t = ac_spawn(gai_task("localhost", &grc));
    await ac_yield(); /* it runs and submits its job */
    if (i % 2)
      real_sleep_ms(2); /* the job may be running now */
    ac_cancel(t);
    EXPECT_EQ(await ac_join(t, (int *)NULL), 0);
    EXPECT(grc == -ECANCELED || grc == 0);
  }
  return 0;
}

static void test_getaddrinfo(void **state) {
  (void)state;
  RUN(scenario_getaddrinfo());
}

/* ---- loops on several threads ---- */

typedef struct {
  pthread_t self;
  int rc, result, wrong_thread;
} thread_run;

static long add_one(void *p) { return (long)(intptr_t)p + 1; }

static async int thread_worker(thread_run *R, int k) {
  long sum = 0;
  for (int i = 0; i < 50; i++) {
    sum += await ac_blocking(add_one, (void *)(intptr_t)(i + k));
    if (!pthread_equal(pthread_self(), R->self))
      R->wrong_thread++;
    await ac_sleep(i % 3 == 0 ? 1 : 0);
  }
  return (int)sum;
}

static async int thread_main(thread_run *R) {
  ac_task *t[4];
  for (int k = 0; k < 4; k++)
    t[k] = ac_spawn(thread_worker(R, k * 1000));
  int total = 0;
  for (int k = 0; k < 4; k++) {
    int v = 0;
    if (await ac_join(t[k], &v) == 0)
      total += v;
  }
  return total;
}

static void *run_loop_thread(void *p) {
  thread_run *R = p;
  R->self = pthread_self();
  R->rc = ac_run(thread_main(R), &R->result);
  return NULL;
}

static void test_threads(void **state) {
  (void)state;
  enum { NT = 3 };
  thread_run R[NT];
  pthread_t th[NT];
  memset(R, 0, sizeof R);
  rt_watch(RT_WHERE);
  for (int i = 0; i < NT; i++)
    assert_int_equal(pthread_create(&th[i], NULL, run_loop_thread, &R[i]), 0);
  /* And this thread's loop at the same time. */
  thread_run mine;
  memset(&mine, 0, sizeof mine);
  mine.self = pthread_self();
  mine.rc = ac_run(thread_main(&mine), &mine.result);
  for (int i = 0; i < NT; i++)
    pthread_join(th[i], NULL);
  rt_unwatch();
  /* sum over k of sum over i of (i + k*1000 + 1) */
  int want = 0;
  for (int k = 0; k < 4; k++)
    for (int i = 0; i < 50; i++)
      want += i + k * 1000 + 1;
  for (int i = 0; i < NT; i++) {
    assert_int_equal(R[i].rc, 0);
    assert_int_equal(R[i].result, want);
    assert_int_equal(R[i].wrong_thread, 0);
  }
  assert_int_equal(mine.rc, 0);
  assert_int_equal(mine.result, want);
  assert_int_equal(mine.wrong_thread, 0);
  assert_int_equal(ac_tasks_live(), 0);
}

/* ---- ac_post ---- */

typedef struct {
  ac_loop *loop;
  ac_event *ev;
  int order[100];
  int n;
  int wrong_thread;
  int post_rc;
} post_state;

static post_state PS;

static void on_loop(void *arg) {
  int i = (int)(intptr_t)arg;
  if (!pthread_equal(pthread_self(), loop_thread))
    PS.wrong_thread++;
  PS.order[PS.n++] = i;
  if (PS.n == 100)
    ac_event_set(PS.ev);
}

static void *poster(void *p) {
  (void)p;
  real_sleep_ms(10);
  for (int i = 0; i < 100; i++) {
    int rc = ac_post(PS.loop, on_loop, (void *)(intptr_t)i);
    if (rc)
      PS.post_rc = rc;
  }
  return NULL;
}

static void on_loop_from_job(void *arg) {
  if (!pthread_equal(pthread_self(), loop_thread))
    PS.wrong_thread++;
  ac_event_set(arg);
}

static long post_from_job(void *arg) {
  ac_event *e = arg;
  return ac_post(PS.loop, on_loop_from_job, e);
}

static async int scenario_post(void) {
  ac_event e;
  ac_event_init(&e);
  memset(&PS, 0, sizeof PS);
  PS.loop = ac_loop_current();
  EXPECT(PS.loop != NULL);
  PS.ev = &e;
  EXPECT_EQ(ac_post(NULL, on_loop, NULL), -EINVAL);
  EXPECT_EQ(ac_post(PS.loop, NULL, NULL), -EINVAL);
  pthread_t th;
  EXPECT_EQ(pthread_create(&th, NULL, poster, NULL), 0);
  EXPECT_EQ(await ac_event_wait(&e), 0);
  pthread_join(th, NULL);
  EXPECT_EQ(PS.post_rc, 0);
  EXPECT_EQ(PS.n, 100);
  for (int i = 0; i < PS.n; i++)
    EXPECT_EQ(PS.order[i], i); /* in the order posted */
  /* From a pool job. */
  ac_event e2;
  ac_event_init(&e2);
  EXPECT_EQ(await ac_blocking(post_from_job, &e2), 0);
  EXPECT_EQ(await ac_event_wait(&e2), 0);
  EXPECT_EQ(PS.wrong_thread, 0);
  return 0;
}

static void test_post(void **state) {
  (void)state;
  RUN(scenario_post());
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_pool_size_and_blocking), /* first: sets the pool's size */
      cmocka_unit_test(test_many_jobs),
      cmocka_unit_test(test_cancel_queued),
      cmocka_unit_test(test_cancel_running),
      cmocka_unit_test(test_run_drains_running_job),
      cmocka_unit_test(test_files),
      cmocka_unit_test(test_getaddrinfo),
      cmocka_unit_test(test_threads),
      cmocka_unit_test(test_post), /* last: makes this thread's loop wait for posts */
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
