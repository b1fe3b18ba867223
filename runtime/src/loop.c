/* loop.c - one event loop per thread: its turn (run what is ready, poll,
 * fire timers), the clock, and wake-ups and posts from other threads. */
#include <errno.h>
#include <sched.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

struct post {
  post *next;
  void (*fn)(void *);
  void *arg;
};

_Thread_local ac_loop *ac__loop_of_thread;
static pthread_key_t loop_key;
static pthread_once_t loop_key_once = PTHREAD_ONCE_INIT;

static void loop_destroy(void *p) {
  ac_loop *L = p;
  /* Jobs may still write into frames of this thread, and workers may be
   * about to wake us: both end before anything is freed. */
  ac__jobs_wait_all(L);
  while (atomic_load(&L->wakers))
    sched_yield();
  ac__frames_release_thread();
  if (L->backend_fd >= 0)
    close(L->backend_fd);
  if (L->wake_fd >= 0)
    close(L->wake_fd);
  pthread_mutex_destroy(&L->post_lock);
  free(L->heap);
  free(L->hash);
  free(L->fds);
  while (L->spare_buckets) {
    void *b = L->spare_buckets;
    L->spare_buckets = *(bucket **)b;
    free(b);
  }
  while (L->spare_jobs) {
    void *j = L->spare_jobs;
    L->spare_jobs = *(job **)j;
    free(j);
  }
  free(L);
}

static void make_key(void) { pthread_key_create(&loop_key, loop_destroy); }

ac_loop *ac__loop_create(void) {
  ac_loop *L = ac__alloc_or_oom(sizeof *L);
  memset(L, 0, sizeof *L);
  L->backend_fd = -1;
  L->wake_fd = -1;
  pthread_mutex_init(&L->post_lock, NULL);
  L->posts_tail = &L->posts;
  const char *v = getenv("ASYNCC_VIRTUAL_CLOCK");
  L->virtual_clock = v && *v && *v != '0';
  ac__debug_init(L);
  pthread_once(&loop_key_once, make_key);
  pthread_setspecific(loop_key, L); /* freed when the thread exits */
  ac__loop_of_thread = L;
  return L;
}

/* ---- time ---- */

long long ac__clock_now(ac_loop *L) {
  if (L->virtual_clock)
    return L->now;
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

long long ac_now(void) {
  ac_loop *L = ac__loop();
  if (!L->running)
    L->now = ac__clock_now(L);
  return L->now;
}

int ac_clock_virtual(int on) {
  ac_loop *L = ac__loop();
  if (L->running)
    return -EBUSY;
  if (on && !L->virtual_clock)
    L->now = 0;
  L->virtual_clock = on != 0;
  return 0;
}

/* ---- wake-ups and posts ---- */

int ac__loop_backend(ac_loop *L) {
  if (L->backend_fd >= 0)
    return 0;
  int bfd = ac__backend_open();
  if (bfd < 0)
    return bfd;
  int wfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (wfd < 0) {
    int e = -errno;
    close(bfd);
    return e;
  }
  L->backend_fd = bfd;
  L->wake_fd = wfd;
  int rc = ac__backend_add(L, wfd);
  if (rc < 0) {
    close(bfd);
    close(wfd);
    L->backend_fd = L->wake_fd = -1;
    return rc;
  }
  return 0;
}

void ac__loop_wake(ac_loop *L) {
  /* One write per batch: the loop clears wake_pending before reading. */
  if (atomic_exchange(&L->wake_pending, 1))
    return;
  uint64_t one = 1;
  ssize_t n;
  do
    n = write(L->wake_fd, &one, sizeof one);
  while (n < 0 && errno == EINTR);
}

ac_loop *ac_loop_current(void) {
  ac_loop *L = ac__loop();
  /* Someone may post to it now: an idle loop waits for them. A failure to
   * make the wake-up descriptor is what ac_post then reports. */
  L->backend_err = ac__loop_backend(L);
  if (!L->backend_err)
    L->keep_alive = 1;
  return L;
}

int ac_post(ac_loop *L, void (*fn)(void *), void *arg) {
  if (!L || !fn)
    return -EINVAL;
  if (L->wake_fd < 0) /* not from ac_loop_current, or it could not make one */
    return L->backend_err ? L->backend_err : -EINVAL;
  post *p = malloc(sizeof *p);
  if (!p)
    return -ENOMEM;
  p->next = NULL;
  p->fn = fn;
  p->arg = arg;
  pthread_mutex_lock(&L->post_lock);
  *L->posts_tail = p;
  L->posts_tail = &p->next;
  pthread_mutex_unlock(&L->post_lock);
  ac__loop_wake(L);
  return 0;
}

static void run_posts(ac_loop *L) {
  pthread_mutex_lock(&L->post_lock);
  post *p = L->posts;
  L->posts = NULL;
  L->posts_tail = &L->posts;
  pthread_mutex_unlock(&L->post_lock);
  while (p) {
    post *next = p->next;
    p->fn(p->arg);
    free(p);
    p = next;
  }
}

void ac__loop_woken(ac_loop *L) {
  uint64_t v;
  atomic_store(&L->wake_pending, 0);
  while (read(L->wake_fd, &v, sizeof v) < 0 && errno == EINTR)
    ;
  run_posts(L);
  ac__jobs_complete(L);
  ac__signals_deliver(L);
}

/* ---- the turn ---- */

/* Anything that can make a task ready later. */
static int has_sources(ac_loop *L) {
  return L->fd_waiters || L->jobs_inflight || L->signal_waiters || L->keep_alive;
}

int ac__turn(ac_loop *L) {
  ac__run_ready(L);
  ac__jobs_flush(L);
  if (L->main_done) {
    /* The others are cancelled now, not after this turn's wait. */
    L->main_done = 0;
    return 1;
  }
  long long deadline = ac__next_deadline(L);
  int ready = L->ready_head != NULL;
  if (!ready && deadline < 0 && !has_sources(L))
    return 0;
  int timeout = -1;
  if (ready || L->virtual_clock) {
    timeout = 0;
  } else if (deadline >= 0) {
    long long now = ac__clock_now(L);
    timeout = deadline <= now ? 0 : deadline - now > 1 << 30 ? 1 << 30 : (int)(deadline - now);
  }
  int events = 0;
  if (L->backend_fd >= 0) {
    events = ac__backend_poll(L, timeout);
  } else if (timeout > 0) {
    struct timespec ts = {timeout / 1000, (long)(timeout % 1000) * 1000000};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
      ;
  }
  if (L->virtual_clock) {
    /* Time moves only when nothing else can happen now. */
    if (!ready && events <= 0 && !L->ready_head) {
      if (L->jobs_inflight && L->backend_fd >= 0) {
        ac__backend_poll(L, -1);
      } else if (deadline > L->now) {
        L->now = deadline;
      } else if (deadline < 0 && has_sources(L) && L->backend_fd >= 0) {
        ac__backend_poll(L, -1);
      }
    }
  } else {
    L->now = ac__clock_now(L);
  }
  ac__timers_run(L);
  return 1;
}
