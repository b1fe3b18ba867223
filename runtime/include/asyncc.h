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

#define ASYNCC_VERSION_MAJOR 0
#define ASYNCC_VERSION_MINOR 1
#define ASYNCC_VERSION_PATCH 0

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ac_task ac_task;
typedef struct ac_frame ac_frame;

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

/* ---- ABI for translated code, version 1 ---------------------------------
 *
 * Every async function becomes a frame type whose first member is an
 * ac_frame, followed by the return value (absent for void), and a step
 * function that runs the body from `state` until it returns or suspends.
 * Step functions return the next frame to run, or NULL to go back to the
 * scheduler: awaiting a child returns the child, finishing returns the
 * awaiting frame, so the C stack never grows with await depth. */
#define AC_ABI_VERSION 1

typedef ac_frame *(*ac_step_fn)(ac_frame *self);

struct ac_frame {
  ac_step_fn step;         /* resumes the body at `state` */
  ac_frame *caller;        /* the frame awaiting this one; NULL for a task's root */
  ac_task *task;           /* the task this frame runs in */
  ac_frame *next_ready;    /* link in the scheduler's ready queue */
  int state;               /* resume point; AC_STATE_DONE once it returned */
  unsigned size;           /* bytes allocated for the frame */
  unsigned result_size;    /* sizeof the return value, 0 for void */
  unsigned result_offset;  /* offset of the return value in the frame */
};

enum { AC_STATE_DONE = -1 };

/* Referenced by every translated unit: objects built for another ABI fail
 * to link instead of running with the wrong frame layout. */
extern const char ac__abi_v1;

/* A frame of `size` bytes from this thread's pools, only its header zeroed
 * (the OOM handler runs if there is no memory), and its release. */
void *ac__frame_alloc(size_t size);
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
  child->task = self->task;
  if (!ac__call_budget)
    return ac__await(self, child);
  ac__call_budget--;
  ac_frame *next = child->step(child);
  ac__call_budget++;
  return next;
}
/* self returned (its result is stored): returns the frame to run next. */
ac_frame *ac__return(ac_frame *self);
/* Starts root as a new task: queued, it first runs at the next scheduling
 * point. */
ac_task *ac__spawn(ac_frame *root);
/* Runs the task of root on this thread's loop until it finishes, copying
 * its result (size bytes; must match) to result. 0, -EDEADLK when this
 * thread's loop is already running, -EINVAL on a size mismatch. Used by the
 * generated main() for `async int main` and by plain-C entry points. */
int ac__run_main(ac_frame *root, void *result, size_t size);
/* Reports why async main could not finish; returns the exit status. */
int ac__main_error(int rc);

/* Leaf waits: the awaiting frame suspends itself, no frame of their own.
 * *out receives the value of the await expression before self resumes. */
ac_frame *ac__yield(ac_frame *self, int *out);
ac_frame *ac__join(ac_frame *self, int *out, ac_task *t, void *result, size_t size);

/* ---- tasks ----------------------------------------------------------------
 * Two built-in forms of the translator take a call of an async function:
 *
 *   ac_task *ac_spawn(call)       starts the call as a task (queued, FIFO)
 *                                 and gives its handle, to join or detach;
 *   int ac_run(call, &result)     for synchronous code (main, a callback of
 *                                 another library): runs a loop on this
 *                                 thread until the call returns and stores
 *                                 its value (NULL for void). 0, -EINVAL
 *                                 when *result has the wrong size,
 *                                 -EDEADLK when this thread's loop is
 *                                 already running (from async code).
 *
 * The awaitable calls below are the runtime's leaf waits (the translator
 * calls ac__yield and ac__join; the awaiting frame registers itself). */
#ifdef __ASYNCC__
/* Lets the other ready tasks run first (FIFO); 0. */
__async int ac_yield(void) __attribute__((__asyncc_leaf__));
/* Waits for t to finish and copies its return value to *result (unless
 * result is NULL); the size of *result must be the size of t's return
 * value. 0, or -EINVAL (size mismatch, t already joined or detached),
 * -EDEADLK (t is the current task). A task is joined or detached once. */
__async int ac_join(ac_task *t, void *result) __attribute__((__asyncc_leaf__));
#endif
/* Detaches t: it runs to its end and frees itself. 0, or -EINVAL if t was
 * already joined or detached. */
int ac_detach(ac_task *t);
/* The task now running on this thread, NULL outside tasks. */
ac_task *ac_current(void);

#ifdef __cplusplus
}
#endif

#endif
