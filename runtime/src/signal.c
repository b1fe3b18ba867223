/* signal.c - signals as a wait.
 *
 * While some task waits for a signal, a handler records it and wakes the
 * waiting loop through its eventfd (both async-signal-safe); the loop then
 * wakes every task waiting for it. When nobody waits any more, the action
 * that was there before is put back. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static _Atomic int pending[NSIG];
static _Atomic(ac_loop *) waiting_loop[NSIG];
static size_t waiters[NSIG]; /* under lock */
static struct sigaction saved[NSIG];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void on_signal(int signo) {
  int saved_errno = errno;
  atomic_store(&pending[signo], 1);
  ac_loop *L = atomic_load(&waiting_loop[signo]);
  if (L)
    ac__loop_wake(L);
  errno = saved_errno;
}

static int catchable(int signo) {
  return signo > 0 && signo < NSIG && signo != SIGKILL && signo != SIGSTOP && signo != SIGSEGV &&
         signo != SIGBUS && signo != SIGFPE && signo != SIGILL;
}

/* The process-wide count of waiters for signo moves by delta. */
static int count(ac_loop *L, int signo, int delta) {
  int rc = 0;
  pthread_mutex_lock(&lock);
  if (delta > 0 && waiters[signo] == 0) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    atomic_store(&pending[signo], 0);
    if (sigaction(signo, &sa, &saved[signo]) < 0)
      rc = -errno;
  } else if (delta < 0 && waiters[signo] == 1) {
    sigaction(signo, &saved[signo], NULL);
    atomic_store(&waiting_loop[signo], NULL);
  }
  if (!rc) {
    waiters[signo] += (size_t)delta;
    if (delta > 0)
      atomic_store(&waiting_loop[signo], L);
  }
  pthread_mutex_unlock(&lock);
  return rc;
}

ac_frame *ac__signal_wait(ac_frame *self, int *out, int signo) {
  ac_loop *L = ac__loop();
  int rc = catchable(signo) ? ac__loop_backend(L) : -EINVAL;
  if (!rc && !L->signal_lists) {
    L->signal_lists = calloc(NSIG, sizeof *L->signal_lists);
    if (!L->signal_lists)
      rc = -ENOMEM;
  }
  if (!rc)
    rc = ac__begin_wait(L, self, out, 0, WAIT_SIGNAL, &L->signal_lists[signo]);
  if (!rc) {
    rc = count(L, signo, 1);
    if (rc)
      L->current->wait_kind = WAIT_NONE;
  }
  if (rc) {
    *out = rc;
    return self;
  }
  ac_task *t = L->current;
  t->wait_aux = (uint8_t)signo;
  t->next = L->signal_lists[signo];
  if (t->next)
    t->next->wait = &t->next;
  L->signal_lists[signo] = t;
  L->signal_waiters++;
  return NULL;
}

void ac__signal_cancel(ac_loop *L, ac_task *t) {
  ac_task **pprev = t->wait;
  *pprev = t->next;
  if (t->next)
    t->next->wait = pprev;
  L->signal_waiters--;
  count(L, t->wait_aux, -1);
}

void ac__signals_deliver(ac_loop *L) {
  if (!L->signal_waiters)
    return;
  for (int signo = 1; signo < NSIG; signo++) {
    if (!L->signal_lists[signo] || !atomic_exchange(&pending[signo], 0))
      continue;
    ac_task *t = L->signal_lists[signo];
    L->signal_lists[signo] = NULL;
    while (t) {
      ac_task *next = t->next;
      L->signal_waiters--;
      count(L, signo, -1);
      ac__wake(L, t, signo);
      t = next;
    }
  }
}
