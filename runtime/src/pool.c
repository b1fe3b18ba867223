/* pool.c - the process's thread pool for blocking calls.
 *
 * A loop collects the jobs its tasks submit during a turn and hands them
 * over in one batch before it polls (one lock, one wake-up per idle worker).
 * Jobs wait in one FIFO queue under a mutex; workers take them, run them,
 * and push them onto the submitting loop's lock-free completion stack,
 * waking the loop only when it is not already due to look (one eventfd
 * write per batch). The loop finishes completions in submission order. */
#include <errno.h>
#include <poll.h>
#include <unistd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

enum { JOB_LOCAL, JOB_QUEUED, JOB_RUNNING };

struct job {
  job *next, *prev; /* the queue; then the completion stack / spare list */
  long (*fn)(void *);
  void *arg;
  long result;
  ac_loop *loop;
  ac_task *task;
  int state;        /* under the pool lock */
  int cancelled;    /* loop thread only */
};

enum { MAX_THREADS = 1024, DEFAULT_THREADS = 4 };

static struct {
  pthread_mutex_t lock;
  pthread_cond_t work;
  job *head, *tail;
  unsigned idle;
  unsigned size;    /* configured; 0: not yet */
  unsigned threads; /* started */
  int started;
} pool = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, NULL, 0, 0, 0, 0};

int ac_pool_size(unsigned threads) {
  if (threads == 0 || threads > MAX_THREADS)
    return -EINVAL;
  pthread_mutex_lock(&pool.lock);
  int rc = pool.started ? -EBUSY : 0;
  if (!rc)
    pool.size = threads;
  pthread_mutex_unlock(&pool.lock);
  return rc;
}

static void *worker(void *arg) {
  (void)arg;
  pthread_mutex_lock(&pool.lock);
  for (;;) {
    while (!pool.head) {
      pool.idle++;
      pthread_cond_wait(&pool.work, &pool.lock);
      pool.idle--;
    }
    job *j = pool.head;
    pool.head = j->next;
    if (pool.head)
      pool.head->prev = NULL;
    else
      pool.tail = NULL;
    j->state = JOB_RUNNING;
    pthread_mutex_unlock(&pool.lock);

    j->result = j->fn(j->arg);
    /* Once j is published the loop may finish it, and its thread exit:
     * wakers holds the loop's destruction off until our wake-up is done. */
    ac_loop *L = j->loop;
    atomic_fetch_add(&L->wakers, 1);
    job *top = atomic_load(&L->done);
    do
      j->next = top;
    while (!atomic_compare_exchange_weak(&L->done, &top, j));
    ac__loop_wake(L); /* j may be gone already: only L from here */
    atomic_fetch_sub(&L->wakers, 1);

    pthread_mutex_lock(&pool.lock);
  }
  return NULL;
}

/* Starts the workers at the first job, and those that could not start then
 * at later ones: 0, or -EAGAIN while none runs (a failed pthread_create is
 * not the end of the pool). */
static int start_locked(void) {
  if (!pool.started) {
    pool.started = 1; /* the size is fixed from here on */
    unsigned n = pool.size;
    const char *env = getenv("ASYNCC_THREADPOOL_SIZE");
    if (!n && env && *env) {
      long v = strtol(env, NULL, 10);
      n = v < 1 ? 1 : v > MAX_THREADS ? MAX_THREADS : (unsigned)v;
    }
    pool.size = n ? n : DEFAULT_THREADS;
  }
  if (pool.threads < pool.size) {
    /* Workers take no signals: they stay with the loops' threads. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    while (pool.threads < pool.size) {
      pthread_t th;
      if (pthread_create(&th, &attr, worker, NULL) != 0)
        break; /* try again at the next batch */
      pool.threads++;
    }
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
  }
  return pool.threads ? 0 : -EAGAIN;
}

static job *job_new(ac_loop *L) {
  job *j = L->spare_jobs;
  if (j) {
    L->spare_jobs = j->next;
    return j;
  }
  return malloc(sizeof *j);
}

static void job_recycle(ac_loop *L, job *j) {
  j->next = L->spare_jobs;
  L->spare_jobs = j;
}

ac_frame *ac__blocking(ac_frame *self, long *out, long (*fn)(void *), void *arg) {
  ac_loop *L = ac__loop();
  int rc = fn ? ac__loop_backend(L) : -EINVAL;
  job *j = rc ? NULL : job_new(L);
  if (!rc && !j)
    rc = -ENOMEM;
  if (!rc)
    rc = ac__begin_wait(L, self, out, 1, WAIT_JOB, j);
  if (!rc) {
    j->fn = fn;
    j->arg = arg;
    j->loop = L;
    j->task = L->current;
    j->cancelled = 0;
    j->state = JOB_LOCAL;
    j->next = NULL;
    j->prev = L->submit_tail;
    if (L->submit_tail)
      L->submit_tail->next = j;
    else
      L->submit_head = j;
    L->submit_tail = j;
  }
  if (rc) {
    if (j)
      job_recycle(L, j);
    *out = rc;
    return self;
  }
  L->jobs_inflight++;
  return NULL;
}

/* Hands the jobs submitted during this turn to the pool: 0, or -EAGAIN
 * when no worker could be started (their waiters then get that error). */
void ac__jobs_flush(ac_loop *L) {
  job *first = L->submit_head, *last = L->submit_tail;
  if (!first)
    return;
  L->submit_head = L->submit_tail = NULL;
  size_t n = 0;
  for (job *j = first; j; j = j->next) {
    j->state = JOB_QUEUED;
    n++;
  }
  pthread_mutex_lock(&pool.lock);
  int rc = start_locked();
  if (!rc) {
    first->prev = pool.tail;
    if (pool.tail)
      pool.tail->next = first;
    else
      pool.head = first;
    pool.tail = last;
    if (pool.idle >= n && n == 1)
      pthread_cond_signal(&pool.work);
    else if (pool.idle)
      pthread_cond_broadcast(&pool.work);
  }
  pthread_mutex_unlock(&pool.lock);
  if (rc) {
    for (job *j = first, *next; j; j = next) {
      next = j->next;
      L->jobs_inflight--;
      ac__wake(L, j->task, rc);
      job_recycle(L, j);
    }
  }
}

int ac__job_cancel(ac_loop *L, ac_task *t) {
  job *j = t->wait;
  if (j->cancelled)
    return 0;
  int dropped = 1;
  if (j->state == JOB_LOCAL) {
    if (j->prev)
      j->prev->next = j->next;
    else
      L->submit_head = j->next;
    if (j->next)
      j->next->prev = j->prev;
    else
      L->submit_tail = j->prev;
  } else {
    pthread_mutex_lock(&pool.lock);
    dropped = j->state == JOB_QUEUED;
    if (dropped) {
      if (j->prev)
        j->prev->next = j->next;
      else
        pool.head = j->next;
      if (j->next)
        j->next->prev = j->prev;
      else
        pool.tail = j->prev;
    }
    pthread_mutex_unlock(&pool.lock);
  }
  if (!dropped) {
    /* It runs: its waiter resumes when it ends, never earlier. */
    j->cancelled = 1;
    return 0;
  }
  L->jobs_inflight--;
  job_recycle(L, j);
  t->wait_kind = WAIT_NONE;
  t->wait = NULL;
  return 1;
}

void ac__jobs_complete(ac_loop *L) {
  job *j = atomic_exchange(&L->done, NULL);
  job *fifo = NULL;
  while (j) {
    job *next = j->next;
    j->next = fifo;
    fifo = j;
    j = next;
  }
  for (j = fifo; j; j = fifo) {
    fifo = j->next;
    L->jobs_inflight--;
    ac__wake(L, j->task, j->cancelled ? -ECANCELED : j->result);
    job_recycle(L, j);
  }
}

void ac__jobs_wait_all(ac_loop *L) {
  ac__jobs_flush(L);
  while (L->jobs_inflight) {
    /* Their tasks will not run again: only the jobs' ends matter. */
    struct pollfd p = {.fd = L->wake_fd, .events = POLLIN};
    poll(&p, 1, 100);
    uint64_t v;
    atomic_store(&L->wake_pending, 0);
    if (read(L->wake_fd, &v, sizeof v) < 0) {
      /* nothing to read yet */
    }
    job *j = atomic_exchange(&L->done, NULL);
    while (j) {
      job *next = j->next;
      L->jobs_inflight--;
      free(j);
      j = next;
    }
  }
}
