/* internal.h - what the runtime's files share and users do not see. */
#ifndef ASYNCC_RT_INTERNAL_H
#define ASYNCC_RT_INTERNAL_H

#include <stdint.h>

#include "asyncc.h"

/* Task states and flags. */
enum {
  TASK_DONE = 1,      /* the root frame returned */
  TASK_DETACHED = 2,  /* frees itself when done */
  TASK_JOINED = 4,    /* a join was started (only one is allowed) */
  TASK_FREED = 8,     /* joined or detached and finished: a stale handle */
};

struct ac_task {
  ac_frame *root;        /* holds the result once done */
  ac_task *next_free;    /* link in the freed-task queue */
  unsigned flags;
  ac_frame *joiner;      /* frame waiting in ac__join */
  int *join_out;         /* where the joiner's await value goes */
  void *join_result;
  size_t join_size;
};

/* A thread's scheduler: the queue of frames ready to run. */
typedef struct {
  ac_frame *head, *tail;
  ac_task *current;
  int running;           /* inside ac__run_main on this thread */
  int debug_suspend;     /* ASYNCC_DEBUG_SUSPEND: every await goes through the queue */
  ac_task *free_head, *free_tail; /* freed tasks, oldest first */
  size_t nfree;
} ac_sched;

ac_sched *ac__sched(void);
void ac__ready(ac_frame *f);
void *ac__alloc_or_oom(size_t size);

#endif
