/* debug.c - task dumps with async backtraces, and the debug mode's
 * warnings (a step that holds the loop too long, a task nobody joined).
 *
 * Every translated unit registers its functions' site tables (where each
 * resume point is: asyncc.h, ac_fninfo). A suspended task's chain of
 * awaiting frames is its top frame and the callers above it; each frame's
 * step function names its table and its state the await it waits in. The
 * dump runs in a signal handler too (ac_dump_on_signal): it only reads,
 * writes with write(2), checks every frame pointer against this thread's
 * pools before following it, and bounds every walk, so an interrupted
 * update cannot send it astray. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

static _Atomic(ac_fnreg *) units;

void ac__register(ac_fnreg *unit) {
  ac_fnreg *head = atomic_load(&units);
  do
    unit->next = head;
  while (!atomic_compare_exchange_weak(&units, &head, unit));
}

static const ac_fninfo *info_of(ac_step_fn step) {
  for (ac_fnreg *u = atomic_load(&units); u; u = u->next)
    for (int i = 0; i < u->n; i++)
      if (u->fns[i]->step == step)
        return u->fns[i];
  return NULL;
}

/* ---- formatting without stdio (async-signal-safe) ---- */

typedef struct {
  int fd;
  char buf[1024];
  size_t len;
} out;

static void flush_out(out *o) {
  size_t done = 0;
  while (done < o->len) {
    ssize_t n = write(o->fd, o->buf + done, o->len - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    done += (size_t)n;
  }
  o->len = 0;
}

static void put(out *o, const char *s) {
  for (; *s; s++) {
    if (o->len == sizeof o->buf)
      flush_out(o);
    o->buf[o->len++] = *s;
  }
}

static void put_num(out *o, unsigned long long v, int base) {
  char tmp[24];
  int n = 0;
  do
    tmp[n++] = "0123456789abcdef"[v % (unsigned)base];
  while ((v /= (unsigned)base) && n < (int)sizeof tmp);
  char s[26];
  int k = 0;
  if (base == 16) {
    s[k++] = '0';
    s[k++] = 'x';
  }
  while (n)
    s[k++] = tmp[--n];
  s[k] = 0;
  put(o, s);
}

/* "  at file:line (function)" for one frame; state 0 is the function's
 * first line ("not started" unless the frame is only a name). */
static void put_site(out *o, const ac_frame *f, int only_name) {
  const ac_fninfo *fi = info_of(f->step);
  put(o, "  at ");
  if (!fi) {
    put(o, "? (a function without a site table, step ");
    put_num(o, (unsigned long long)(uintptr_t)f->step, 16);
    put(o, ")\n");
    return;
  }
  int st = f->state;
  const ac_site *s = st >= 0 && st < fi->nsites ? &fi->sites[st] : &fi->sites[0];
  put(o, s->file);
  put(o, ":");
  put_num(o, (unsigned long long)s->line, 10);
  put(o, " (");
  put(o, fi->name);
  put(o, st == 0 && !only_name ? ", not started)\n" : ")\n");
}

static const char *wait_name(const ac_task *t) {
  switch (t->wait_kind) {
  case WAIT_SLEEP: return "sleeping";
  case WAIT_FD: return "waiting for a descriptor";
  case WAIT_TASKS: return "joining";
  case WAIT_PARK: return "waiting (mutex, semaphore, event or channel)";
  case WAIT_JOB: return "waiting for a pool job";
  case WAIT_SIGNAL: return "waiting for a signal";
  default: return "ready";
  }
}

enum { MAX_CHAIN = 256 };

/* The chain from t's top frame to its root, innermost first. */
static void put_chain(out *o, ac_task *t) {
  ac_frame *f = t->top;
  for (int depth = 0; f && depth < MAX_CHAIN; depth++) {
    if (!ac__frame_is_ours(f)) {
      put(o, "  at ? (frame ");
      put_num(o, (unsigned long long)(uintptr_t)f, 16);
      put(o, " not in this thread's pools)\n");
      return;
    }
    put_site(o, f, 0);
    if (f == &t->root)
      return;
    f = f->caller;
  }
  if (f)
    put(o, "  ...\n");
}

typedef struct {
  out *o;
  ac_task *current;
  int n;
} dump_ctx;

static void dump_one(ac_task *t, void *ctx) {
  dump_ctx *d = ctx;
  if (t->flags & (TASK_DONE | TASK_FREED))
    return;
  d->n++;
  put(d->o, "task ");
  put_num(d->o, (unsigned long long)(uintptr_t)t, 16);
  put(d->o, ": ");
  if (t->flags & TASK_NEVER_RAN) {
    put(d->o, "cancelled before it ran\n");
    return;
  }
  if (t == d->current)
    put(d->o, "running, resumed from:\n");
  else {
    put(d->o, wait_name(t));
    put(d->o, t->flags & TASK_CANCEL_PENDING ? " (cancellation pending)\n" : "\n");
  }
  put_chain(d->o, t);
}

int ac_dump_tasks(int fd) {
  ac_loop *L = ac__loop();
  out o = {.fd = fd};
  dump_ctx d = {&o, L->current, 0};
  put(&o, "asyncc: tasks of this thread's loop\n");
  ac__tasks_foreach(dump_one, &d);
  put(&o, "asyncc: ");
  put_num(&o, (unsigned long long)d.n, 10);
  put(&o, d.n == 1 ? " task\n" : " tasks\n");
  flush_out(&o);
  return d.n;
}

static void on_dump_signal(int signo) {
  (void)signo;
  int saved = errno;
  ac_dump_tasks(2);
  errno = saved;
}

int ac_dump_on_signal(int signo) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_dump_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  return sigaction(signo, &sa, NULL) < 0 ? -errno : 0;
}

/* ---- the debug mode (ASYNCC_DEBUG=1) ---- */

static long long mono_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

void ac__debug_init(ac_loop *L) {
  const char *v = getenv("ASYNCC_DEBUG");
  L->debug = v && *v && *v != '0';
  const char *ms = getenv("ASYNCC_DEBUG_SLOW_MS");
  L->slow_ns = (ms && *ms ? strtoll(ms, NULL, 10) : 100) * 1000000LL;
  if (L->debug) {
    /* A dump on SIGQUIT, unless the program has its own handler (an
     * ignored SIGQUIT is taken over: shells ignore it for background jobs). */
    struct sigaction old;
    if (sigaction(SIGQUIT, NULL, &old) == 0 && !(old.sa_flags & SA_SIGINFO) &&
        (old.sa_handler == SIG_DFL || old.sa_handler == SIG_IGN))
      ac_dump_on_signal(SIGQUIT);
  }
}

long long ac__debug_step_begin(void) { return mono_ns(); }

/* After t ran from `resumed` (a copy of its top frame's header, taken
 * before: the frame may be gone now): the warning if it took too long. */
void ac__debug_step_end(ac_loop *L, ac_task *t, const ac_frame *resumed, long long t0) {
  long long dt = mono_ns() - t0;
  if (dt < L->slow_ns)
    return;
  out o = {.fd = 2};
  put(&o, "asyncc: a step of task ");
  put_num(&o, (unsigned long long)(uintptr_t)t, 16);
  put(&o, " held the loop for ");
  put_num(&o, (unsigned long long)(dt / 1000000), 10);
  put(&o, " ms; it had resumed:\n");
  put_site(&o, resumed, 0);
  flush_out(&o);
}

static void warn_unjoined(ac_task *t, void *ctx) {
  (void)ctx;
  if ((t->flags & (TASK_DONE | TASK_FREED | TASK_JOINED | TASK_DETACHED)) != TASK_DONE)
    return;
  out o = {.fd = 2};
  put(&o, "asyncc: task ");
  put_num(&o, (unsigned long long)(uintptr_t)t, 16);
  put(&o, " finished and was never joined or detached; it ran:\n");
  ac_frame root = t->root;
  root.state = 0;
  put_site(&o, &root, 1);
  flush_out(&o);
}

void ac__debug_unjoined(ac_loop *L) {
  if (L->debug)
    ac__tasks_foreach(warn_unjoined, NULL);
}
