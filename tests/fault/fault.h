/* fault.h - fault injection into the runtime's system calls and
 * allocations (tests/fault/fault.c; used by tests/unit/rt_fault.c).
 *
 * The test executable is linked with -Wl,--wrap=<call> for each call
 * below: every reference to the call from the objects linked into it (the
 * static libasyncc.a included; libc's internal calls are not affected)
 * goes to __wrap_<call> in fault.c, which counts it and, at the k-th call
 * since fault_arm(), injects the fault instead of (or around) the real
 * call. Only calls made on the thread that called fault_arm() count, so
 * pool workers, cmocka and the test harness never shift k. */
#ifndef FAULT_H
#define FAULT_H

enum fault_call {
  FC_MALLOC,  /* malloc, calloc, realloc: one counter */
  FC_READ,
  FC_WRITE,
  FC_RECV,
  FC_SEND,
  FC_ACCEPT4,
  FC_EPOLL_WAIT,
  FC_EVENTFD,
  FC_PTHREAD_CREATE,
  FC_N
};

enum fault_kind {
  FK_NONE,
  FK_FAIL,   /* -1 with errno = err (NULL for allocations, err for pthread_create) */
  FK_SHORT,  /* half the count (read/write/recv/send; readiness is re-announced,
                as the edge that follows a real short count); epoll_wait:
                one event at most */
  FK_EINTR,  /* -1 with errno EINTR, nothing done */
  FK_EAGAIN, /* -1 with errno EAGAIN, nothing done; readiness is re-announced
                (EPOLL_CTL_MOD), as when the data arrives after the EAGAIN */
};

/* Counts calls on this thread from now on; the k-th call of `call` (k >= 1;
 * 0: none) gets `kind` (with errno err for FK_FAIL). */
void fault_arm(int call, unsigned long k, int kind, int err);
/* Stops counting and injecting. */
void fault_disarm(void);
/* Calls of `call` counted since fault_arm. */
unsigned long fault_count(int call);
/* Whether the fault was injected (the k-th call happened and the kind
 * applies to it: eventfds take no short reads or writes, for one). */
int fault_fired(void);
const char *fault_call_name(int call);
const char *fault_kind_name(int kind);

#endif
