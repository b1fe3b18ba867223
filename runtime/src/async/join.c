/* join.c - joins and the task combinators, in the async dialect (translated
 * by asyncc when the runtime is built). */
#include <errno.h>
#include <stddef.h>

#include "../internal.h"

async int ac__join_sized(ac_task *t, void *result, size_t size) {
  int rc = ac__join_begin(t);
  if (rc)
    return rc;
  if (!ac__task_done(t)) {
    rc = await ac_wait_tasks(&t, 1);
    ac__unwatch(&t, 1);
    if (rc < 0) {
      /* This wait was cancelled: t runs on and can be joined again. */
      ac__join_abandon(t);
      return rc;
    }
  }
  return ac__join_finish(t, result, size);
}

/* Joins t whatever happens to this task meanwhile: the cleanup of the
 * combinators, which return only after what they cancelled has finished.
 * Sets *cancelled if a cancellation of ours arrived meanwhile. */
static async void drain(ac_task *t, int *cancelled) {
  while (!ac__task_done(t)) {
    int rc = await ac_wait_tasks(&t, 1);
    ac__unwatch(&t, 1);
    if (rc == -ECANCELED)
      *cancelled = 1;
  }
  ac__join_finish(t, NULL, 0);
}

/* Marks every task joined, or none (-EINVAL/-EDEADLK). */
static int begin_all(ac_task *const *tasks, size_t n) {
  for (size_t i = 0; i < n; i++) {
    int rc = ac__join_begin(tasks[i]);
    if (rc) {
      while (i--)
        ac__join_abandon(tasks[i]);
      return rc;
    }
  }
  return 0;
}

async int ac__gather_sized(ac_task *const *tasks, size_t n, void *results, size_t size) {
  int rc = begin_all(tasks, n);
  if (rc)
    return rc;
  int first = 0, cancelled = 0;
  for (size_t i = 0; i < n; i++) {
    ac_task *t = tasks[i];
    if (!cancelled && !ac__task_done(t)) {
      rc = await ac_wait_tasks(&t, 1);
      ac__unwatch(&t, 1);
      if (rc == -ECANCELED) {
        cancelled = 1;
        for (size_t j = i; j < n; j++)
          ac_cancel(tasks[j]);
      }
    }
    if (cancelled) {
      await drain(t, &cancelled);
      continue;
    }
    rc = ac__join_finish(t, results ? (char *)results + i * size : NULL, size);
    if (rc && !first)
      first = rc;
  }
  return cancelled ? -ECANCELED : first;
}

async int ac__race_sized(ac_task *const *tasks, size_t n, void *result, size_t size) {
  if (!n)
    return -EINVAL;
  int rc = begin_all(tasks, n);
  if (rc)
    return rc;
  int cancelled = 0;
  rc = await ac_wait_tasks(tasks, n);
  ac__unwatch(tasks, n);
  if (rc == -ECANCELED)
    cancelled = 1;
  size_t win = n;
  for (size_t i = 0; i < n && win == n; i++)
    if (ac__task_done(tasks[i]))
      win = i;
  for (size_t i = 0; i < n; i++)
    if (i != win)
      ac_cancel(tasks[i]);
  for (size_t i = 0; i < n; i++)
    if (i != win)
      await drain(tasks[i], &cancelled);
  if (win == n)
    return cancelled ? -ECANCELED : rc;
  rc = ac__join_finish(tasks[win], result, size);
  if (cancelled)
    return -ECANCELED;
  return rc < 0 ? rc : (int)win;
}

static void cancel_at_deadline(ac__timer *tm) { ac_cancel(tm->arg); }

async int ac__join_timeout_sized(ac_task *t, long ms, void *result, size_t size) {
  int rc = ac__join_begin(t);
  if (rc)
    return rc;
  ac__timer deadline;
  ac__timer_start(&deadline, ms, cancel_at_deadline, t);
  int cancelled = 0;
  while (!ac__task_done(t)) {
    rc = await ac_wait_tasks(&t, 1);
    ac__unwatch(&t, 1);
    if (rc == -ECANCELED && !cancelled) {
      /* Ours, not t's: t is cancelled too, and waited for. */
      cancelled = 1;
      ac_cancel(t);
    }
  }
  ac__timer_stop(&deadline);
  /* A deadline whose cancellation t never saw (it finished in the same
   * turn) did not cut it short: its result stands. */
  if (cancelled || (deadline.fired && !ac__cancel_undelivered(t))) {
    ac__join_finish(t, NULL, 0);
    return cancelled ? -ECANCELED : -ETIMEDOUT;
  }
  return ac__join_finish(t, result, size);
}
