/* internal.h - what the runtime's files share and users do not see.
 *
 * Also included by the runtime's own async sources (runtime/src/async/),
 * which are written in the async dialect and translated at build time. */
#ifndef ASYNCC_RT_INTERNAL_H
#define ASYNCC_RT_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "asyncc.h"

/* ---- tasks ------------------------------------------------------------------
 * A task is the 32 bytes in front of its root frame: spawning moves the
 * new frame into a block of the task pool (runtime/src/frame.c), so a
 * sleeping task costs this header, its frame and nothing else. */
enum {
  TASK_DONE = 1 << 1,           /* the root returned, or it was cancelled before it ran */
  TASK_DETACHED = 1 << 2,       /* frees itself when done */
  TASK_JOINED = 1 << 3,         /* a join was started (only one at a time) */
  TASK_FREED = 1 << 4,          /* joined or detached and finished: a stale handle */
  TASK_CANCEL_PENDING = 1 << 5, /* its next wait returns -ECANCELED */
  TASK_NEVER_RAN = 1 << 6,      /* cancelled before it first ran */
  TASK_OUT_LONG = 1 << 7,       /* the current wait's value is a long */
  TASK_BLOCK_FREE = 1 << 8,     /* the block is on a free list of the task pool */
  TASK_MAIN = 1 << 9,           /* the root task of ac__run_main */
};

/* What a suspended task waits in (ac_task.wait_kind; ac_task.wait says which). */
enum {
  WAIT_NONE,
  WAIT_SLEEP,  /* wait: the pprev link in its timer bucket (next: the next task) */
  WAIT_FD,     /* wait: the fd (intptr_t) */
  WAIT_TASKS,  /* wait: the array of watched tasks (their root.caller is us) */
  WAIT_PARK,   /* wait: the ac_waiter in a wait queue */
  WAIT_JOB,    /* wait: the pool job */
  WAIT_SIGNAL, /* wait: the pprev link in the signal's list (next: the next task) */
};

struct ac_task {
  ac_frame *top;     /* the innermost frame: the one to resume */
  ac_task *next;     /* ready queue, timer bucket, signal list, quarantine */
  void *wait;        /* see the WAIT_ kinds */
  uint32_t out_off;  /* where the wait's value goes: offset in top */
  uint16_t flags;
  uint8_t wait_kind;
  uint8_t wait_aux;  /* WAIT_FD: the events waited for; WAIT_SIGNAL: the signal */
  ac_frame root;     /* the root frame; root.caller holds the joining task */
};

#define TASK_OF_ROOT(f) ((ac_task *)((char *)(f) - __builtin_offsetof(ac_task, root)))
#define JOINER(t) ((ac_task *)(t)->root.caller)

/* ---- wait queues (mutex, semaphore, event, channels) ------------------------ */
struct ac_waiter {
  struct ac_waiter *next, *prev;
  ac_waitq *q;   /* the queue it is in, NULL once woken */
  ac_task *task;
  void *data;    /* channels: the element to send or receive into */
};
typedef struct ac_waiter ac_waiter;

/* Takes w off its queue. */
void ac__waiter_unlink(ac_waiter *w);
/* Removes the first waiter of q, or NULL. */
ac_waiter *ac__waitq_pop(ac_waitq *q);
/* Wakes w (taken off its queue) with value. */
void ac__unpark(ac_waiter *w, int value);
/* Wakes every waiter of q with value. */
void ac__waitq_wake_all(ac_waitq *q, int value);

/* ---- timers ---------------------------------------------------------------------
 * A timer calls fn(timer) on the loop once its deadline has passed. */
typedef struct ac__timer {
  struct ac__timer *next, **pprev;
  void (*fn)(struct ac__timer *);
  void *arg;
  int fired;
} ac__timer;
void ac__timer_start(ac__timer *tm, long ms, void (*fn)(ac__timer *), void *arg);
void ac__timer_stop(ac__timer *tm);

/* ---- the loop ---------------------------------------------------------------------- */
typedef struct bucket bucket;
typedef struct fd_state fd_state;
typedef struct job job;
typedef struct post post;

struct ac_loop {
  /* scheduling */
  ac_task *ready_head, *ready_tail;
  ac_task *current;
  int running;       /* inside ac__run_main on this thread */
  int main_done;     /* the task of ac__run_main finished: end the turn now */
  int debug;         /* ASYNCC_DEBUG: slow steps and unjoined tasks are reported */
  long long slow_ns; /* what a slow step is (ASYNCC_DEBUG_SLOW_MS) */
  int debug_suspend; /* ASYNCC_DEBUG_SUSPEND: every await goes through the queue */
  size_t live;       /* tasks spawned and not done */
  ac_task *quar_head, *quar_tail; /* freed tasks, oldest first */
  size_t nquar;

  /* time (timer.c) */
  long long now;
  int virtual_clock;
  bucket **heap;     /* buckets of equal deadlines, a min-heap by deadline */
  size_t nheap, heap_cap;
  bucket **hash;     /* deadline -> bucket, open addressing */
  size_t hash_cap;
  bucket *spare_buckets;

  /* descriptors (io.c, backend_epoll.c) */
  int backend_fd;    /* epoll; -1 until needed */
  fd_state *fds;
  int nfds;
  size_t fd_waiters;
  ac_waitq fd_freed; /* accept's back-off waits here for ac_close */

  /* wake-ups from other threads (loop.c) */
  int wake_fd;       /* eventfd; -1 until needed */
  _Atomic int wake_pending;
  pthread_mutex_t post_lock;
  post *posts, **posts_tail;
  size_t keep_alive; /* posters expected (ac_loop_current was called) */
  int backend_err;   /* why ac_loop_current could not make the backend */

  /* pool completions (pool.c) */
  _Atomic(job *) done;
  atomic_int wakers; /* pool workers between publishing and waking us */
  size_t jobs_inflight;
  job *submit_head, *submit_tail; /* submitted during this turn */
  job *spare_jobs;

  /* signals (signal.c) */
  size_t signal_waiters;
  ac_task **signal_lists; /* per signal number, pprev-linked through the tasks */
};

/* This thread's loop, made at its first use. */
extern _Thread_local ac_loop *ac__loop_of_thread;
ac_loop *ac__loop_create(void);
static inline ac_loop *ac__loop(void) {
  ac_loop *L = ac__loop_of_thread;
  return __builtin_expect(L != NULL, 1) ? L : ac__loop_create();
}
/* Makes the backend and the wake-up eventfd: 0 or a negative errno. */
int ac__loop_backend(ac_loop *L);
/* Wakes the loop from another thread (async-signal-safe). */
void ac__loop_wake(ac_loop *L);

/* Scheduling (task.c). */
void ac__ready(ac_loop *L, ac_task *t);
/* Makes the current task wait: kind, what, its value at out (in self). 0,
 * or -ECANCELED when a cancellation is pending (then it does not wait). */
int ac__begin_wait(ac_loop *L, ac_frame *self, void *out, int is_long, int kind, void *what);
/* Ends t's wait with value and queues it. */
void ac__wake(ac_loop *L, ac_task *t, long value);
/* Ends t's wait (whatever it is) with value if it can be ended now: 1 if so. */
int ac__interrupt(ac_task *t, long value);
/* The loop's turn: runs the ready tasks, polls, fires timers. 0 when nothing
 * can ever happen again (every task waits forever). */
int ac__turn(ac_loop *L);
int ac__run_ready(ac_loop *L);
void ac__cancel_all(ac_loop *L);

/* Joins (task.c; used by runtime/src/async/join.c). */
int ac__join_begin(ac_task *t);
int ac__join_finish(ac_task *t, void *result, size_t size);
void ac__join_abandon(ac_task *t);
int ac__task_done(const ac_task *t);
/* A cancellation was requested and t finished before any wait saw it. */
int ac__cancel_undelivered(const ac_task *t);
void ac__unwatch(ac_task *const *tasks, size_t n);

/* Frames and the task pool (frame.c). */
void *ac__alloc_or_oom(size_t size);
void *ac__realloc_or_oom(void *p, size_t size);
ac_task *ac__task_block(const ac_frame *frame);
/* A freed task's block leaves the live count when it enters the
 * quarantine (task.c) and the pool only when it leaves it. */
void ac__task_block_retire(void);
void ac__task_block_free(ac_task *t);
/* Calls fn on every task block in use on this thread. */
void ac__tasks_foreach(void (*fn)(ac_task *t, void *ctx), void *ctx);
size_t ac__frame_size(const ac_frame *f);
/* The exiting thread's pools go back to malloc. */
void ac__frames_release_thread(void);
/* Waits for this loop's pool jobs to end (the exiting thread's loop). */
void ac__jobs_wait_all(ac_loop *L);

/* Whether f lies in this thread's pools (debug.c follows only those). */
int ac__frame_is_ours(const void *f);

/* The debug mode (debug.c). */
void ac__debug_init(ac_loop *L);
long long ac__debug_step_begin(void);
void ac__debug_step_end(ac_loop *L, ac_task *t, const ac_frame *resumed, long long t0);
void ac__debug_unjoined(ac_loop *L);

/* Timers (timer.c). */
void ac__sleep_cancel(ac_loop *L, ac_task *t);
long long ac__next_deadline(ac_loop *L); /* -1 when there is no timer */
void ac__timers_run(ac_loop *L);
long long ac__clock_now(ac_loop *L);

/* Descriptors (io.c) and the backend (backend_epoll.c). */
void ac__fd_wait_cancel(ac_loop *L, ac_task *t);
/* events: AC_READABLE, AC_WRITABLE, and AC__HUP for a hang-up or error. */
enum { AC__HUP = 0x10 };
void ac__fd_ready(ac_loop *L, int fd, unsigned events);
ac_frame *ac__wait_edge(ac_frame *self, int *out, int fd, int events);
int ac__backend_open(void);
int ac__backend_add(ac_loop *L, int fd);
void ac__backend_del(ac_loop *L, int fd);
/* Waits up to timeout ms (-1: no limit) and reports ready descriptors
 * through ac__fd_ready; the number of events, or a negative errno. */
int ac__backend_poll(ac_loop *L, int timeout);
/* Called by the backend for the wake-up eventfd. */
void ac__loop_woken(ac_loop *L);

/* Pool (pool.c) and signals (signal.c). */
int ac__job_cancel(ac_loop *L, ac_task *t); /* 1: woken now; 0: when the job ends */
void ac__jobs_complete(ac_loop *L);
void ac__jobs_flush(ac_loop *L);
void ac__signal_cancel(ac_loop *L, ac_task *t);
void ac__signals_deliver(ac_loop *L);

/* Channels (waitq.c, async/sync.c). */
struct ac_chan {
  ac_waitq senders, receivers; /* waiter data: the element */
  size_t elem_size, capacity, head, count;
  int closed;
  unsigned char *buf;
};

/* Leaf waits of the runtime's own async sources. */
#ifdef __ASYNCC__
__async int ac_park(ac_waitq *q, ac_waiter *w) __attribute__((__asyncc_leaf__));
__async int ac_wait_tasks(ac_task *const *tasks, size_t n) __attribute__((__asyncc_leaf__));
/* ac_wait_fd without its first look: the next edge (or one seen while
 * nobody waited). For the I/O calls, which wait only after EAGAIN. */
__async int ac_wait_edge(int fd, int events) __attribute__((__asyncc_leaf__));
#endif
/* A timer callback: ends the wait of the task in tm->arg with -ETIMEDOUT. */
void ac__timeout_interrupt(ac__timer *tm);
/* A Unix socket address for path: 0, or -EINVAL (NULL or too long). */
struct sockaddr_un;
int ac__unix_addr(struct sockaddr_un *un, const char *path);
/* Writes without SIGPIPE on any descriptor. */
long ac__write_nosigpipe(int fd, const void *buf, size_t n);

/* Descriptors the runtime made: their cached state starts afresh. */
void ac__fd_created(int fd);
/* The kind of descriptor, cached: for reads and writes that must not block. */
enum { FDK_SOCKET = 1, FDK_NONBLOCK = 2 };
int ac__fd_kind(int fd); /* FDK_ bits, or a negative errno */
/* Directions of fd known to be empty (reads) or full (writes) since the
 * last readiness edge (io.c). */
int ac__fd_drained(int fd, int events);
void ac__fd_set_drained(int fd, int events);
/* poll() with no wait: whether fd has events now; which ones. */
int ac__fd_poll_now(int fd, int events);
int ac__fd_poll_events(int fd, int events);

#endif
