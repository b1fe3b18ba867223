/* asyncc.h - the asyncc runtime's public interface.
 *
 * The translator adds this header's directory to the preprocessor's search
 * path and defines __ASYNCC__ while translating, so sources include it
 * without extra flags. Errors are negative errno values, never abort().
 *
 * The second half of this file is the ABI between translated code and the
 * runtime (names with two underscores after ac): not for hand-written code. */
#ifndef ASYNCC_H
#define ASYNCC_H

#include <stddef.h>

/* No system header here: the translator includes this file before the
 * source's first line, so one would fix the feature macros
 * (_GNU_SOURCE...) before the source defines them. Hence `long` for
 * ssize_t and `unsigned` for socklen_t (their types on Linux). */
struct sockaddr;
struct addrinfo;
struct stat;

#define ASYNCC_VERSION_MAJOR 0
#define ASYNCC_VERSION_MINOR 2
#define ASYNCC_VERSION_PATCH 0

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ac_task ac_task;
typedef struct ac_frame ac_frame;
typedef struct ac_waitq ac_waitq;

/* Called when a frame cannot be allocated (the default prints a message and
 * aborts: an async call has no way to report failure to its awaiter).
 * Returns the previous handler. */
typedef void (*ac_oom_handler)(size_t bytes);
ac_oom_handler ac_set_oom_handler(ac_oom_handler h);

/* The error text of a negative errno value returned by a runtime call. */
const char *ac_strerror(int err);

/* Frames allocated and not yet freed on this thread (for tests and leak
 * checks), and the bytes held in this thread's frame pools for reuse. */
size_t ac_frames_live(void);
size_t ac_frames_pooled_bytes(void);

/* ---- ABI for translated code, version 2 ---------------------------------
 *
 * Every async function becomes a frame type whose first member is an
 * ac_frame, followed by the return value (absent for void), and a step
 * function that runs the body from `state` until it returns or suspends.
 * Step functions return the next frame to run, or NULL to go back to the
 * scheduler: awaiting a child returns the child, finishing returns the
 * awaiting frame, so the C stack never grows with await depth. */
#define AC_ABI_VERSION 2

typedef ac_frame *(*ac_step_fn)(ac_frame *self);

struct ac_frame {
  ac_step_fn step;  /* resumes the body at `state` */
  ac_frame *caller; /* the frame awaiting this one (a task's root: runtime use) */
  int state;        /* resume point; AC_STATE_DONE once it returned */
  unsigned meta;    /* the allocator's: size class, result size and alignment */
};

enum { AC_STATE_DONE = -1 };

/* Referenced by every translated unit: objects built for another ABI fail
 * to link instead of running with the wrong frame layout. */
extern const char ac__abi_v2;

/* The result follows the header at its natural alignment, so a caller that
 * knows only the function's type finds it (translated code reads
 * *(T *)ac__result_at(frame, __alignof__(T))). Functions, not macros:
 * translated code is preprocessed already. */
static inline void *ac__result_at(ac_frame *f, size_t align) {
  return (char *)f + (sizeof(ac_frame) + align - 1) / align * align;
}
/* What ac__frame_alloc records about the result: its size (joins check it)
 * and alignment. Results of 1 MiB or more cannot be joined (-E2BIG). */
static inline unsigned ac__result_meta(size_t size, size_t align) {
  return ((size < 0xFFFFFu ? (unsigned)size : 0xFFFFFu) << 12) | ((unsigned)__builtin_ctzl(align) << 8);
}

/* A frame of `size` bytes from this thread's pools, only its header zeroed
 * (the OOM handler runs if there is no memory), and its release. */
void *ac__frame_alloc(size_t size, unsigned result_meta);
void ac__frame_free(ac_frame *f);

/* Await child from self (whose state is set to the resume point): returns
 * the frame to run next. */
ac_frame *ac__await(ac_frame *self, ac_frame *child);

/* The synchronous fast path: run the child right away as a nested C call,
 * as long as this thread's budget of nested calls lasts (then, and in the
 * every-await-suspends mode where the budget is 0, hand the child to the
 * trampoline instead). Returns self when the child already returned, and
 * otherwise the frame to hand back (NULL when the child suspended). */
extern _Thread_local unsigned ac__call_budget;

static inline ac_frame *ac__call(ac_frame *self, ac_frame *child) {
  child->caller = self;
  if (!ac__call_budget)
    return ac__await(self, child);
  ac__call_budget--;
  ac_frame *next = child->step(child);
  ac__call_budget++;
  return next;
}
/* self returned (its result is stored): returns the frame to run next. */
ac_frame *ac__return(ac_frame *self);
/* Starts the call whose new frame is root as a task: queued, it first runs
 * at the next scheduling point. */
ac_task *ac__spawn(ac_frame *root);
/* Runs root as a task on this thread's loop until it finishes, copying its
 * result (size bytes; must match) to result; the other tasks are then
 * cancelled and drained. 0, -EDEADLK when this thread's loop is already
 * running or every task waits forever, -EINVAL on a size mismatch. Used by
 * the generated main() for `async int main` and by ac_run. */
int ac__run_main(ac_frame *root, void *result, size_t size);
/* Reports why async main could not finish; returns the exit status. */
int ac__main_error(int rc);

/* Leaf waits (declared below with __asyncc_leaf__): the translator calls
 * ac__NAME(self, &value, args...) for `await ac_NAME(args...)`; the awaiting
 * frame suspends itself and needs no frame of its own. */
ac_frame *ac__yield(ac_frame *self, int *out);
ac_frame *ac__sleep(ac_frame *self, int *out, long ms);
ac_frame *ac__wait_fd(ac_frame *self, int *out, int fd, int events);
ac_frame *ac__blocking(ac_frame *self, long *out, long (*fn)(void *), void *arg);
ac_frame *ac__signal_wait(ac_frame *self, int *out, int signo);
ac_frame *ac__wait_tasks(ac_frame *self, int *out, ac_task *const *tasks, size_t n);
struct ac_waiter;
ac_frame *ac__park(ac_frame *self, int *out, ac_waitq *q, struct ac_waiter *w);

/* Where each resume point of an async function is, for task dumps: site
 * 0 is the function's first line, site N the await of state N. Every
 * translated unit registers its functions' tables before main runs. */
typedef struct {
  const char *file;
  int line;
} ac_site;
typedef struct {
  ac_step_fn step;
  const char *name;
  int nsites;
  const ac_site *sites;
} ac_fninfo;
typedef struct ac_fnreg {
  const ac_fninfo *const *fns;
  int n;
  struct ac_fnreg *next;
} ac_fnreg;
void ac__register(ac_fnreg *unit);

/* Joins t, copying size bytes of its result to result (unless NULL). */
#ifdef __ASYNCC__
__async int ac__join_sized(ac_task *t, void *result, size_t size);
__async int ac__gather_sized(ac_task *const *tasks, size_t n, void *results, size_t size);
__async int ac__race_sized(ac_task *const *tasks, size_t n, void *result, size_t size);
__async int ac__join_timeout_sized(ac_task *t, long ms, void *result, size_t size);
#endif

/* ---- tasks ----------------------------------------------------------------
 * Two built-in forms of the translator take a call of an async function:
 *
 *   ac_task *ac_spawn(call)       starts the call as a task (queued, FIFO)
 *                                 and gives its handle, to join or detach;
 *   int ac_run(call, &result)     for synchronous code (main, a callback of
 *                                 another library): runs a loop on this
 *                                 thread until the call returns and stores
 *                                 its value (NULL for void); the other
 *                                 tasks are then cancelled and waited for.
 *                                 0, -EINVAL when *result has the wrong
 *                                 size, -EDEADLK when this thread's loop
 *                                 is already running (from async code) or
 *                                 every task waits for something that
 *                                 cannot happen.
 *
 * Waits (`await`) return 0 or a value, or a negative errno. Cancellation is
 * cooperative: ac_cancel(t) makes t's current wait, or its next one, return
 * -ECANCELED, once; t then returns through its own error paths (its cleanup
 * may await again). */
#ifdef __ASYNCC__
/* Lets the other ready tasks run first (FIFO); 0 or -ECANCELED. */
__async int ac_yield(void) __attribute__((__asyncc_leaf__));
/* Sleeps ms milliseconds (0 or less: until the loop's next turn); 0 or
 * -ECANCELED. */
__async int ac_sleep(long ms) __attribute__((__asyncc_leaf__));
#endif
/* The size of what p points to; for NULL (nothing to copy) not sizeof(void),
 * which -Wpointer-arith reports. */
#define ac__size_at(p) sizeof *_Generic((p), void *: (char *)0, default: (p))
/* Waits for t to finish and copies its return value to *result (unless
 * result is NULL); the size of *result must be the size of t's return
 * value. 0, or -EINVAL (size mismatch, t already joined or detached),
 * -EDEADLK (t is the current task), -ECANCELED (t cancelled before it first
 * ran; or this wait was cancelled: t keeps running and can be joined again).
 * A task is joined or detached once; a join that fails on the size uses
 * the task up all the same. */
#define ac_join(t, result) ac__join_sized((t), (result), ac__size_at(result))
/* Joins all n tasks, results[i] getting task i's value (results may be
 * NULL); 0 or the first error of a join. Cancelled, it cancels the tasks
 * and returns -ECANCELED once they have all finished. */
#define ac_gather(tasks, n, results) ac__gather_sized((tasks), (n), (results), ac__size_at(results))
/* Waits for the first of n tasks to finish: returns its index (its value
 * in *result) after cancelling and joining the others. */
#define ac_race(tasks, n, result) ac__race_sized((tasks), (n), (result), ac__size_at(result))
/* ac_join with a deadline ms milliseconds away: at the deadline t is
 * cancelled, and once it has finished, -ETIMEDOUT is returned. */
#define ac_join_timeout(t, ms, result) ac__join_timeout_sized((t), (ms), (result), ac__size_at(result))
/* Detaches t: it runs to its end and frees itself. 0, or -EINVAL if t was
 * already joined or detached. */
int ac_detach(ac_task *t);
/* Requests t's cancellation (see above): 0, or -EINVAL for a stale handle.
 * Cancelling a finished task does nothing. */
int ac_cancel(ac_task *t);
/* The task now running on this thread, NULL outside tasks. */
ac_task *ac_current(void);
/* Tasks of this thread's loop that have not finished. */
size_t ac_tasks_live(void);

/* ---- debugging ---------------------------------------------------------------
 * ac_dump_tasks writes every unfinished task of this thread's loop to fd,
 * each with its chain of awaiting async calls as the original
 * `file:line (function)`, innermost first; returns the number of tasks.
 * ac_dump_on_signal(SIGQUIT) makes that signal write the dump to stderr,
 * even while a step holds the loop (the dump is async-signal-safe).
 * ASYNCC_DEBUG=1 turns the debug mode on: a dump on SIGQUIT (unless the
 * program handles it), a warning when a step holds the loop longer than
 * ASYNCC_DEBUG_SLOW_MS (default 100) with the await it had resumed from,
 * and, when ac_run returns, one for each finished task that was never
 * joined or detached. */
int ac_dump_tasks(int fd);
int ac_dump_on_signal(int signo);

/* ---- time ------------------------------------------------------------------
 * The loop's clock, in milliseconds (monotonic; read once per loop turn).
 * With a virtual clock (ac_clock_virtual(1) before the loop runs, or
 * ASYNCC_VIRTUAL_CLOCK=1), time starts at 0 and moves only when every task
 * waits and no I/O is ready: it jumps to the next timer. Tests of timing
 * logic then run instantly and always the same way. */
long long ac_now(void);
int ac_clock_virtual(int on); /* 0, or -EBUSY while the loop runs */

/* ---- threads -----------------------------------------------------------------
 * Each thread has its own loop; tasks, channels, mutexes and events belong
 * to one loop. Other threads (and pool jobs) talk to a loop only through
 * ac_post, which is thread-safe: fn(arg) runs on the loop's thread at its
 * next turn. 0 or -ENOMEM. */
typedef struct ac_loop ac_loop;
ac_loop *ac_loop_current(void);
int ac_post(ac_loop *loop, void (*fn)(void *arg), void *arg);

/* ---- file descriptors and sockets ------------------------------------------
 * Waits on pollable descriptors (sockets, pipes, terminals, eventfds...).
 * Descriptors the runtime creates are non-blocking and close-on-exec; the
 * flags of others are never changed (reads and writes on blocking ones
 * wait for readiness first). Regular files are not pollable (-EPERM): use
 * the ac_file_* calls, which run on the pool. */
enum { AC_READABLE = 1, AC_WRITABLE = 4 };
#ifdef __ASYNCC__
/* Waits until fd is readable and/or writable (events); the ready events, or
 * -EBADF (fd closed with ac_close meanwhile), -EPERM, -EBUSY (another task
 * already waits for the same event on fd), -ECANCELED. */
__async int ac_wait_fd(int fd, int events) __attribute__((__asyncc_leaf__));
/* Reads up to n bytes: the count (0 at end of file), or a negative errno. */
__async long ac_read(int fd, void *buf, size_t n);
/* Writes all n bytes (retrying short writes): n, or a negative errno. A
 * write that fails or is cancelled part-way does not say how much went
 * out: the stream's state is then unknown (close it). */
__async long ac_write(int fd, const void *buf, size_t n);
/* recv() and send() (all of the buffer; never raises SIGPIPE). */
__async long ac_recv(int fd, void *buf, size_t n, int flags);
__async long ac_send(int fd, const void *buf, size_t n, int flags);
/* Accepts a connection: its descriptor (non-blocking). When the process is
 * out of descriptors it waits (no busy loop) until ac_close frees one or a
 * short delay passes, then tries again. */
__async int ac_accept(int fd, struct sockaddr *addr, unsigned *addrlen);
/* Connects a socket; -ETIMEDOUT after timeout_ms (< 0: no limit). */
__async int ac_connect(int fd, const struct sockaddr *addr, unsigned addrlen, long timeout_ms);
/* Resolves host and connects to the first address that answers (TCP):
 * the connected descriptor or a negative errno (resolution errors are
 * -EHOSTUNREACH, -ENOENT...). */
__async int ac_tcp_connect(const char *host, int port, long timeout_ms);
__async int ac_unix_connect(const char *path);
/* getaddrinfo on the pool: 0 or a negative errno (EAI_* mapped). */
__async int ac_getaddrinfo(const char *host, const char *service, const struct addrinfo *hints,
                           struct addrinfo **res);
#endif
/* A non-blocking, close-on-exec socket. */
int ac_socket(int domain, int type, int protocol);
/* A listening TCP socket on ip (numeric IPv4 or IPv6; NULL: all IPv4
 * addresses) and port (0: any; see ac_local_port). */
int ac_tcp_listen(const char *ip, int port, int backlog);
int ac_unix_listen(const char *path, int backlog);
/* The local port of a bound socket, or a negative errno. */
int ac_local_port(int fd);
/* Closes fd; tasks waiting on it get -EBADF. 0 or a negative errno. */
int ac_close(int fd);

/* ---- the thread pool ----------------------------------------------------------
 * One pool per process runs blocking calls; their completions come back to
 * the submitting loop in batches. Its size: ASYNCC_THREADPOOL_SIZE or
 * ac_pool_size() before its first use (default 4, at most 1024). */
int ac_pool_size(unsigned threads);
#ifdef __ASYNCC__
/* Runs fn(arg) on the pool: fn's value, or -ENOMEM, -EAGAIN (no thread could
 * be started), -ECANCELED. A cancelled job that has not started is dropped
 * at once; one that runs is waited for: the waiter resumes after fn
 * returns, never earlier, so arg may point into the waiter's frame. */
__async long ac_blocking(long (*fn)(void *arg), void *arg) __attribute__((__asyncc_leaf__));
/* Files, on the pool; each returns what the system call returns, or a
 * negative errno. ac_file_read/ac_file_write use the file position when
 * offset < 0; ac_file_write writes all n bytes. */
__async int ac_file_open(const char *path, int flags, unsigned mode);
__async long ac_file_read(int fd, void *buf, size_t n, long long offset);
__async long ac_file_write(int fd, const void *buf, size_t n, long long offset);
__async int ac_file_fsync(int fd);
__async int ac_file_close(int fd);
__async int ac_file_stat(const char *path, struct stat *st);
__async int ac_file_unlink(const char *path);
#endif

/* ---- synchronisation between tasks of one loop ---------------------------------
 * Waiters are served first come, first served. Zero-initialised objects
 * (or the _init calls) are ready to use. */
typedef struct ac_waitq {
  struct ac_waiter *head, *tail;
} ac_waitq;

typedef struct {
  ac_waitq q;
  ac_task *owner;
} ac_mutex;
typedef struct {
  ac_waitq q;
  long count;
} ac_sem;
typedef struct {
  ac_waitq q;
  int set;
} ac_event;
typedef struct ac_chan ac_chan;

void ac_mutex_init(ac_mutex *m);
/* 0, or -EBUSY (ac_mutex_trylock), -EPERM (unlock by a task that does not
 * own it), -EDEADLK (lock by the owner), -ECANCELED. */
int ac_mutex_trylock(ac_mutex *m);
int ac_mutex_unlock(ac_mutex *m);
void ac_sem_init(ac_sem *s, long count);
int ac_sem_trywait(ac_sem *s);
void ac_sem_post(ac_sem *s);
void ac_event_init(ac_event *e);
/* Wakes every waiter; later waits return at once until ac_event_clear. */
void ac_event_set(ac_event *e);
void ac_event_clear(ac_event *e);
/* A channel of capacity items (0: each send waits for a receiver) of
 * elem_size bytes. 0, -EINVAL or -ENOMEM. */
int ac_chan_open(ac_chan **ch, size_t elem_size, size_t capacity);
/* Closes ch: waiting and later senders get -EPIPE; receivers get the items
 * still buffered, then -EPIPE. */
void ac_chan_close(ac_chan *ch);
/* Frees a channel nobody waits on (-EBUSY otherwise). */
int ac_chan_free(ac_chan *ch);
int ac_chan_trysend(ac_chan *ch, const void *elem);
int ac_chan_tryrecv(ac_chan *ch, void *elem);
#ifdef __ASYNCC__
__async int ac_mutex_lock(ac_mutex *m);
__async int ac_sem_wait(ac_sem *s);
__async int ac_event_wait(ac_event *e);
/* 0, or -EPIPE (closed), -ECANCELED. */
__async int ac_chan_send(ac_chan *ch, const void *elem);
__async int ac_chan_recv(ac_chan *ch, void *elem);

/* ---- signals ---------------------------------------------------------------------
 * Waits for signo (SIGINT, SIGTERM, SIGHUP, SIGUSR1...): signo, or -EINVAL,
 * -ECANCELED. While some task waits for a signal, its delivery wakes the
 * task instead of the default action; when nobody waits, the default
 * action is back. SIGPIPE never kills the process: sockets are written with
 * MSG_NOSIGNAL. */
__async int ac_signal_wait(int signo) __attribute__((__asyncc_leaf__));
#endif

#ifdef __cplusplus
}
#endif

#endif
