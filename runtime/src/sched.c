/* sched.c - the ready queue, the trampoline, tasks and their joins.
 *
 * A frame runs by calling its step function, which returns the next frame
 * to run: the trampoline loop below runs them one after another, so neither
 * a deep chain of awaits nor its completion grows the C stack. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const char ac__abi_v1 = 1;

static _Thread_local ac_sched sched_state;

/* Nested direct calls allowed on this thread's C stack (see ac__call):
 * enough to make short chains cheap, far from any stack limit. */
enum { CALL_BUDGET = 256 };
_Thread_local unsigned ac__call_budget;

ac_sched *ac__sched(void) { return &sched_state; }

void ac__ready(ac_frame *f) {
  ac_sched *s = &sched_state;
  f->next_ready = NULL;
  if (s->tail)
    s->tail->next_ready = f;
  else
    s->head = f;
  s->tail = f;
}

static ac_frame *pop_ready(ac_sched *s) {
  ac_frame *f = s->head;
  if (f) {
    s->head = f->next_ready;
    if (!s->head) {
      s->tail = NULL;
    } else {
      /* The next frame to run is known now: fetch its two first cache
       * lines while this one runs (with many tasks, those misses are
       * most of a switch's cost). */
      __builtin_prefetch(s->head, 1);
      __builtin_prefetch((char *)s->head + 64, 1);
    }
    f->next_ready = NULL;
  }
  return f;
}

/* Runs f and whatever it hands over to, until one suspends. */
static void trampoline(ac_sched *s, ac_frame *f) {
  while (f) {
    s->current = f->task;
    f = f->step(f);
  }
  s->current = NULL;
}

ac_frame *ac__await(ac_frame *self, ac_frame *child) {
  child->caller = self;
  child->task = self->task;
  if (sched_state.debug_suspend) {
    ac__ready(child);
    return NULL;
  }
  return child;
}

static void copy_result(const ac_frame *root, void *dst, size_t size) {
  if (dst && size)
    memcpy(dst, (const char *)root + root->result_offset, size);
}

/* Task structs are recycled oldest first and only once many are waiting,
 * so a stale handle (a second join, a join after detach) still finds its
 * task marked freed and the misuse is reported rather than undefined. */
enum { TASK_REUSE_AFTER = 256 };

static void free_task(ac_task *t) {
  ac_sched *s = &sched_state;
  ac__frame_free(t->root);
  t->root = NULL;
  t->flags = TASK_FREED;
  t->next_free = NULL;
  if (s->free_tail)
    s->free_tail->next_free = t;
  else
    s->free_head = t;
  s->free_tail = t;
  s->nfree++;
}

static ac_task *alloc_task(void) {
  ac_sched *s = &sched_state;
  ac_task *t;
  if (s->nfree > TASK_REUSE_AFTER) {
    t = s->free_head;
    s->free_head = t->next_free;
    s->nfree--;
  } else {
    t = ac__alloc_or_oom(sizeof *t);
  }
  memset(t, 0, sizeof *t);
  return t;
}

/* The task's root returned: hand its result to a waiting joiner. */
static void complete_task(ac_task *t) {
  t->flags |= TASK_DONE;
  if (t->flags & TASK_DETACHED) {
    free_task(t);
    return;
  }
  if (t->joiner) {
    ac_frame *j = t->joiner;
    int rc = 0;
    if (t->join_result && t->join_size != t->root->result_size)
      rc = -EINVAL;
    else
      copy_result(t->root, t->join_result, t->join_size);
    *t->join_out = rc;
    free_task(t);
    ac__ready(j);
  }
}

ac_frame *ac__return(ac_frame *self) {
  self->state = AC_STATE_DONE;
  if (self->caller) {
    if (sched_state.debug_suspend) {
      ac__ready(self->caller);
      return NULL;
    }
    return self->caller;
  }
  complete_task(self->task);
  return NULL;
}

ac_task *ac__spawn(ac_frame *root) {
  ac_task *t = alloc_task();
  t->root = root;
  root->task = t;
  root->caller = NULL;
  ac__ready(root);
  return t;
}

ac_frame *ac__yield(ac_frame *self, int *out) {
  *out = 0;
  ac__ready(self);
  return NULL;
}

ac_frame *ac__join(ac_frame *self, int *out, ac_task *t, void *result, size_t size) {
  if (!t || (t->flags & (TASK_JOINED | TASK_DETACHED | TASK_FREED)) || t == self->task) {
    *out = t == self->task ? -EDEADLK : -EINVAL;
    return self;
  }
  t->flags |= TASK_JOINED;
  if (t->flags & TASK_DONE) {
    if (result && size != t->root->result_size) {
      *out = -EINVAL;
    } else {
      copy_result(t->root, result, size);
      *out = 0;
    }
    free_task(t);
    return self;
  }
  t->joiner = self;
  t->join_out = out;
  t->join_result = result;
  t->join_size = size;
  return NULL;
}

int ac_detach(ac_task *t) {
  if (!t || (t->flags & (TASK_JOINED | TASK_DETACHED | TASK_FREED)))
    return -EINVAL;
  t->flags |= TASK_DETACHED;
  if (t->flags & TASK_DONE)
    free_task(t);
  return 0;
}

ac_task *ac_current(void) { return sched_state.current; }

int ac__run_main(ac_frame *root, void *result, size_t size) {
  ac_sched *s = &sched_state;
  if (s->running) {
    ac__frame_free(root);
    return -EDEADLK;
  }
  const char *dbg = getenv("ASYNCC_DEBUG_SUSPEND");
  s->debug_suspend = dbg && *dbg && *dbg != '0';
  s->running = 1;
  unsigned saved_budget = ac__call_budget;
  ac__call_budget = s->debug_suspend ? 0 : CALL_BUDGET;
  ac_task *t = ac__spawn(root);
  t->flags |= TASK_JOINED; /* joined by us, below */
  while (!(t->flags & TASK_DONE)) {
    ac_frame *f = pop_ready(s);
    if (!f)
      break; /* nothing ready and no event source yet: cannot progress */
    trampoline(s, f);
  }
  /* SPEC 3: the other tasks are cancelled and drained when main returns.
   * Until cancellation exists (the runtime issue) they are drained by
   * running them to their end, so none leaks into a later run. */
  for (ac_frame *f; (f = pop_ready(s));)
    trampoline(s, f);
  s->running = 0;
  ac__call_budget = saved_budget;
  if (!(t->flags & TASK_DONE))
    return -EDEADLK; /* every task is blocked forever */
  int rc = 0;
  if (result && size != root->result_size)
    rc = -EINVAL;
  else
    copy_result(root, result, size);
  free_task(t);
  return rc;
}

const char *ac_strerror(int err) { return strerror(err < 0 ? -err : err); }

int ac__main_error(int rc) {
  fprintf(stderr, "asyncc: async main could not finish: %s\n", ac_strerror(rc));
  return 70; /* EX_SOFTWARE */
}
