/* task.c - the ready queue, the trampoline, tasks, waits and cancellation.
 *
 * A frame runs by calling its step function, which returns the next frame
 * to run: the trampoline below runs them one after another, so neither a
 * deep chain of awaits nor its completion grows the C stack. Every frame a
 * trampoline runs belongs to the task it popped from the ready queue (an
 * await stays in its task), so frames need no task pointer of their own. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const char ac__abi_v2 = 2;

/* Nested direct calls allowed on this thread's C stack (see ac__call):
 * enough to make short chains cheap, far from any stack limit. */
enum { CALL_BUDGET = 256 };
_Thread_local unsigned ac__call_budget;

void ac__ready(ac_loop *L, ac_task *t) {
  t->next = NULL;
  if (L->ready_tail)
    L->ready_tail->next = t;
  else
    L->ready_head = t;
  L->ready_tail = t;
}

static void complete_task(ac_loop *L, ac_task *t);

/* A task cancelled before it first ran resumes here instead of at its root
 * (ac_cancel points its top at this frame): it is completed without
 * running, so the queue's hot path needs no test for it. */
static ac_frame *complete_unrun(ac_frame *self);
static ac_frame never_ran = {complete_unrun, NULL, 0, 0};
static ac_frame *complete_unrun(ac_frame *self) {
  (void)self;
  ac_loop *L = ac__loop();
  ac_task *t = L->current;
  t->top = &t->root;
  complete_task(L, t);
  return NULL;
}

/* Runs t from its top frame until it suspends or finishes. */
static inline void run_task(ac_loop *L, ac_task *t) {
  L->current = t;
  for (ac_frame *f = t->top; f;)
    f = f->step(f);
}

/* The same, timing the step (the debug mode). */
static void run_task_timed(ac_loop *L, ac_task *t) {
  L->current = t;
  ac_frame resumed = *t->top;
  long long t0 = ac__debug_step_begin();
  for (ac_frame *f = t->top; f;)
    f = f->step(f);
  ac__debug_step_end(L, t, &resumed, t0);
}

ac_frame *ac__await(ac_frame *self, ac_frame *child) {
  child->caller = self;
  ac_loop *L = ac__loop();
  if (L->debug_suspend) {
    L->current->top = child;
    ac__ready(L, L->current);
    return NULL;
  }
  return child;
}

/* ---- freeing tasks ----
 * Task blocks go back to the pool oldest first and only once many are
 * waiting, so a stale handle (a second join, a join after detach) still
 * finds its task marked freed and the misuse is reported rather than
 * undefined. */
enum { TASK_REUSE_AFTER = 256 };

static void free_task(ac_loop *L, ac_task *t) {
  ac__task_block_retire();
  t->flags = (uint16_t)((t->flags & TASK_NEVER_RAN) | TASK_FREED | TASK_DONE);
  t->next = NULL;
  if (L->quar_tail)
    L->quar_tail->next = t;
  else
    L->quar_head = t;
  L->quar_tail = t;
  if (++L->nquar > TASK_REUSE_AFTER) {
    ac_task *old = L->quar_head;
    L->quar_head = old->next;
    if (!L->quar_head)
      L->quar_tail = NULL;
    L->nquar--;
    ac__task_block_free(old);
  }
}

/* The task's root returned (or it was cancelled before it ran). */
static void complete_task(ac_loop *L, ac_task *t) {
  t->flags |= TASK_DONE;
  if (t->flags & TASK_MAIN)
    L->main_done = 1;
  t->wait_kind = WAIT_NONE;
  L->live--;
  if (t->flags & TASK_DETACHED) {
    free_task(L, t);
    return;
  }
  ac_task *j = JOINER(t);
  if (j && j->wait_kind == WAIT_TASKS)
    ac__wake(L, j, 0);
}

ac_frame *ac__return(ac_frame *self) {
  self->state = AC_STATE_DONE;
  ac_loop *L = ac__loop();
  ac_task *t = L->current;
  if (self == &t->root) {
    complete_task(L, t);
    return NULL;
  }
  if (L->debug_suspend) {
    t->top = self->caller;
    ac__ready(L, t);
    return NULL;
  }
  return self->caller;
}

ac_task *ac__spawn(ac_frame *root) {
  ac_loop *L = ac__loop();
  ac_task *t = ac__task_block(root);
  t->top = &t->root;
  L->live++;
  ac__ready(L, t);
  return t;
}

/* ---- waits ---- */

int ac__begin_wait(ac_loop *L, ac_frame *self, void *out, int is_long, int kind, void *what) {
  ac_task *t = L->current;
  if (t->flags & TASK_CANCEL_PENDING) {
    t->flags &= (uint16_t)~TASK_CANCEL_PENDING;
    return -ECANCELED;
  }
  t->top = self;
  t->out_off = (uint32_t)((char *)out - (char *)self);
  t->flags = (uint16_t)(is_long ? t->flags | TASK_OUT_LONG : t->flags & ~TASK_OUT_LONG);
  t->wait_kind = (uint8_t)kind;
  t->wait = what;
  return 0;
}

static void put_value(ac_task *t, long value) {
  char *out = (char *)t->top + t->out_off;
  if (t->flags & TASK_OUT_LONG)
    *(long *)out = value;
  else
    *(int *)out = (int)value;
}

void ac__wake(ac_loop *L, ac_task *t, long value) {
  put_value(t, value);
  t->wait_kind = WAIT_NONE;
  t->wait = NULL;
  ac__ready(L, t);
}

/* Takes t out of what it waits in; 0 if that must wait for a pool job. */
static int end_wait(ac_loop *L, ac_task *t) {
  switch (t->wait_kind) {
  case WAIT_SLEEP:
    ac__sleep_cancel(L, t);
    return 1;
  case WAIT_FD:
    ac__fd_wait_cancel(L, t);
    return 1;
  case WAIT_TASKS:
    /* The waiter unwatches its tasks itself when it resumes. */
    return 1;
  case WAIT_PARK:
    ac__waiter_unlink(t->wait);
    return 1;
  case WAIT_JOB:
    return ac__job_cancel(L, t);
  case WAIT_SIGNAL:
    ac__signal_cancel(L, t);
    return 1;
  default:
    return 0;
  }
}

int ac__interrupt(ac_task *t, long value) {
  ac_loop *L = ac__loop();
  if (t->wait_kind == WAIT_NONE || t->wait_kind == WAIT_JOB || !end_wait(L, t))
    return 0;
  ac__wake(L, t, value);
  return 1;
}

static int stale(const ac_task *t) { return !t || (t->flags & (TASK_FREED | TASK_BLOCK_FREE)); }

int ac_cancel(ac_task *t) {
  if (stale(t))
    return -EINVAL;
  if (t->flags & TASK_DONE)
    return 0;
  /* Not run yet: still at the start of its root (once run, it waits
   * further on or is done). Computed, so running costs no store. */
  if (t->flags & TASK_NEVER_RAN)
    return 0;
  if (t->top == &t->root && t->root.state == 0 && t != ac__loop()->current) {
    /* It never runs: the ready queue completes it (its join: -ECANCELED). */
    t->flags |= TASK_NEVER_RAN;
    t->top = &never_ran;
    return 0;
  }
  if (t->wait_kind == WAIT_NONE) {
    t->flags |= TASK_CANCEL_PENDING; /* running or ready: its next wait */
    return 0;
  }
  ac_loop *L = ac__loop();
  if (end_wait(L, t))
    ac__wake(L, t, -ECANCELED);
  /* Otherwise a pool job runs: its end delivers -ECANCELED. */
  return 0;
}

/* The hottest wait: nothing to record but the frame to resume. The loop
 * exists (a task runs), so no slow path needs a stack frame here. */
ac_frame *ac__yield(ac_frame *self, int *out) {
  ac_loop *L = ac__loop_of_thread;
  ac_task *t = L->current;
  if (__builtin_expect(t->flags & TASK_CANCEL_PENDING, 0)) {
    t->flags &= (uint16_t)~TASK_CANCEL_PENDING;
    *out = -ECANCELED;
    return self;
  }
  *out = 0;
  t->top = self;
  ac__ready(L, t);
  return NULL;
}

/* ---- joins ---- */

int ac__task_done(const ac_task *t) { return (t->flags & TASK_DONE) != 0; }
int ac__cancel_undelivered(const ac_task *t) { return (t->flags & TASK_CANCEL_PENDING) != 0; }

int ac__join_begin(ac_task *t) {
  if (t && t == ac__loop()->current)
    return -EDEADLK;
  if (stale(t) || (t->flags & (TASK_JOINED | TASK_DETACHED)))
    return -EINVAL;
  t->flags |= TASK_JOINED;
  return 0;
}

void ac__join_abandon(ac_task *t) { t->flags &= (uint16_t)~TASK_JOINED; }

int ac__join_finish(ac_task *t, void *result, size_t size) {
  int rc = 0;
  size_t rsize = t->root.meta >> 12;
  if (t->flags & TASK_NEVER_RAN) {
    rc = -ECANCELED;
  } else if (result) {
    if (rsize == 0xFFFFFu)
      rc = -E2BIG;
    else if (size != rsize)
      rc = -EINVAL;
    else
      memcpy(result, (char *)&t->root + ((sizeof(ac_frame) + (1u << ((t->root.meta >> 8) & 15)) - 1) &
                                          ~((1u << ((t->root.meta >> 8) & 15)) - 1)),
             size);
  }
  free_task(ac__loop(), t);
  return rc;
}

ac_frame *ac__wait_tasks(ac_frame *self, int *out, ac_task *const *tasks, size_t n) {
  ac_loop *L = ac__loop();
  ac_task *me = L->current;
  for (size_t i = 0; i < n; i++) {
    if (tasks[i]->flags & TASK_DONE) {
      *out = (int)i;
      return self;
    }
    if (JOINER(tasks[i]) && JOINER(tasks[i]) != me) {
      ac__unwatch(tasks, i);
      *out = -EBUSY;
      return self;
    }
    tasks[i]->root.caller = (ac_frame *)me;
  }
  int rc = ac__begin_wait(L, self, out, 0, WAIT_TASKS, (void *)tasks);
  if (rc) {
    *out = rc;
    return self;
  }
  return NULL;
}

void ac__unwatch(ac_task *const *tasks, size_t n) {
  ac_task *me = ac__loop()->current;
  for (size_t i = 0; i < n; i++)
    if (JOINER(tasks[i]) == me)
      tasks[i]->root.caller = NULL;
}

int ac_detach(ac_task *t) {
  if (stale(t) || (t->flags & (TASK_JOINED | TASK_DETACHED)))
    return -EINVAL;
  t->flags |= TASK_DETACHED;
  if (t->flags & TASK_DONE)
    free_task(ac__loop(), t);
  return 0;
}

ac_task *ac_current(void) { return ac__loop()->current; }
size_t ac_tasks_live(void) { return ac__loop()->live; }

/* ---- running ---- */

/* Runs the tasks ready now; those they make ready run at the next turn,
 * after the loop has polled (a task that yields in a loop cannot starve
 * I/O). Returns whether any ran. */
int ac__run_ready(ac_loop *L) {
  /* The queue as it is now; what it gains meanwhile waits for the next turn. */
  ac_task *t = L->ready_head;
  if (!t)
    return 0;
  L->ready_head = L->ready_tail = NULL;
  int debug = L->debug;
  while (t) {
    /* t->next is read before t runs (running may queue it again). The
     * next task is known now: fetch its header and its root frame's start
     * while this one runs (with many tasks, those misses are most of a
     * switch's cost); a prefetch of NULL is harmless. */
    ac_task *next = t->next;
    __builtin_prefetch(next, 1);
    __builtin_prefetch((const void *)((uintptr_t)next + 64), 1); /* no pointer arithmetic on NULL */
    if (__builtin_expect(debug, 0))
      run_task_timed(L, t);
    else
      run_task(L, t);
    t = next;
  }
  L->current = NULL;
  return 1;
}

static void cancel_one(ac_task *t, void *ctx) {
  (void)ctx;
  if (!(t->flags & (TASK_DONE | TASK_FREED)))
    ac_cancel(t);
}

void ac__cancel_all(ac_loop *L) {
  (void)L;
  ac__tasks_foreach(cancel_one, NULL);
}

int ac__run_main(ac_frame *root, void *result, size_t size) {
  ac_loop *L = ac__loop();
  if (L->running) {
    ac__frame_free(root);
    return -EDEADLK;
  }
  const char *dbg = getenv("ASYNCC_DEBUG_SUSPEND");
  L->debug_suspend = dbg && *dbg && *dbg != '0';
  L->running = 1;
  unsigned saved_budget = ac__call_budget;
  ac__call_budget = L->debug_suspend ? 0 : CALL_BUDGET;
  L->now = ac__clock_now(L);
  ac_task *t = ac__spawn(root);
  t->flags |= TASK_JOINED | TASK_MAIN; /* joined by us, below */
  L->main_done = 0;
  while (!(t->flags & TASK_DONE))
    if (!ac__turn(L))
      break; /* every task waits forever */
  int deadlocked = !(t->flags & TASK_DONE);
  /* SPEC 3: the other tasks are cancelled and drained when main returns
   * (after a deadlock, main with them). Their cleanup may await; tasks
   * that wait again for something that cannot happen are cancelled again,
   * and a loop where nothing can happen even then is left as it is. */
  ac__cancel_all(L);
  for (int stuck = 0; L->live && stuck < 2;) {
    if (ac__turn(L)) {
      stuck = 0;
      continue;
    }
    stuck++;
    ac__cancel_all(L);
  }
  ac__debug_unjoined(L);
  L->running = 0;
  ac__call_budget = saved_budget;
  if (deadlocked) {
    if (t->flags & TASK_DONE)
      free_task(L, t);
    return -EDEADLK;
  }
  return ac__join_finish(t, result, size);
}

const char *ac_strerror(int err) { return strerror(err < 0 ? -err : err); }

int ac__main_error(int rc) {
  fprintf(stderr, "asyncc: async main could not finish: %s\n", ac_strerror(rc));
  return 70; /* EX_SOFTWARE */
}
