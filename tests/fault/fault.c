/* fault.c - the fault-injection shim (see fault.h): __wrap_ functions for
 * the test executable linked with -Wl,--wrap=... (tests/CMakeLists.txt). */
#define _GNU_SOURCE
#include "fault.h"

#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/types.h>

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
ssize_t __real_read(int fd, void *buf, size_t n);
ssize_t __real_write(int fd, const void *buf, size_t n);
ssize_t __real_recv(int fd, void *buf, size_t n, int flags);
ssize_t __real_send(int fd, const void *buf, size_t n, int flags);
int __real_accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);
int __real_epoll_wait(int epfd, struct epoll_event *evs, int max, int timeout);
int __real_epoll_ctl(int epfd, int op, int fd, struct epoll_event *ev);
int __real_eventfd(unsigned init, int flags);
int __real_pthread_create(pthread_t *th, const pthread_attr_t *attr, void *(*fn)(void *), void *arg);

void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
ssize_t __wrap_read(int fd, void *buf, size_t n);
ssize_t __wrap_write(int fd, const void *buf, size_t n);
ssize_t __wrap_recv(int fd, void *buf, size_t n, int flags);
ssize_t __wrap_send(int fd, const void *buf, size_t n, int flags);
int __wrap_accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);
int __wrap_epoll_wait(int epfd, struct epoll_event *evs, int max, int timeout);
int __wrap_epoll_ctl(int epfd, int op, int fd, struct epoll_event *ev);
int __wrap_eventfd(unsigned init, int flags);
int __wrap_pthread_create(pthread_t *th, const pthread_attr_t *attr, void *(*fn)(void *), void *arg);

static __thread int counting; /* fault_arm was called on this thread */
static unsigned long counts[FC_N];
static int f_call = -1, f_kind, f_err, f_fired;
static unsigned long f_k;

/* What the backend registered (for re-announcing readiness after an
 * injected EAGAIN) and which descriptors are eventfds. */
enum { MAXFD = 4096 };
static int ep_fd = -1;
static struct epoll_event ep_ev[MAXFD];
static unsigned char ep_reg[MAXFD], is_eventfd[MAXFD];

static const char *const call_names[FC_N] = {"malloc", "read", "write", "recv", "send",
                                             "accept4", "epoll_wait", "eventfd", "pthread_create"};
static const char *const kind_names[] = {"none", "fail", "short", "eintr", "eagain"};
const char *fault_call_name(int call) { return call >= 0 && call < FC_N ? call_names[call] : "?"; }
const char *fault_kind_name(int kind) { return kind >= 0 && kind <= FK_EAGAIN ? kind_names[kind] : "?"; }

void fault_arm(int call, unsigned long k, int kind, int err) {
  for (int i = 0; i < FC_N; i++)
    counts[i] = 0;
  f_call = call;
  f_k = k;
  f_kind = kind;
  f_err = err;
  f_fired = 0;
  counting = 1;
}

void fault_disarm(void) {
  counting = 0;
  f_call = -1;
}

unsigned long fault_count(int call) { return counts[call]; }
int fault_fired(void) { return f_fired; }

/* The kind to inject into this call (FK_NONE: run it normally). */
static int hit(int call) {
  if (!counting)
    return FK_NONE;
  unsigned long c = ++counts[call];
  return call == f_call && c == f_k ? f_kind : FK_NONE;
}

static void reannounce(int fd) {
  if (ep_fd >= 0 && fd >= 0 && fd < MAXFD && ep_reg[fd]) {
    struct epoll_event ev = ep_ev[fd];
    __real_epoll_ctl(ep_fd, EPOLL_CTL_MOD, fd, &ev);
  }
}

/* ---- allocations ---- */

void *__wrap_malloc(size_t n) {
  if (hit(FC_MALLOC) == FK_FAIL) {
    f_fired = 1;
    errno = ENOMEM;
    return NULL;
  }
  return __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t m) {
  if (hit(FC_MALLOC) == FK_FAIL) {
    f_fired = 1;
    errno = ENOMEM;
    return NULL;
  }
  return __real_calloc(n, m);
}

void *__wrap_realloc(void *p, size_t n) {
  if (hit(FC_MALLOC) == FK_FAIL) {
    f_fired = 1;
    errno = ENOMEM;
    return NULL;
  }
  return __real_realloc(p, n);
}

/* ---- reads and writes ---- */

/* The common part of read/write/recv/send: 1 and *r set when the fault
 * replaces the call; *n halved for a short one. */
static int io_fault(int call, int fd, size_t *n, ssize_t *r) {
  int kind = hit(call);
  int efd = fd >= 0 && fd < MAXFD && is_eventfd[fd];
  switch (kind) {
  case FK_FAIL:
    if (efd)
      return 0; /* eventfds fail only on misuse */
    f_fired = 1;
    errno = f_err;
    *r = -1;
    return 1;
  case FK_SHORT:
    if (efd || *n < 2)
      return 0; /* eventfds move 8 bytes or nothing */
    f_fired = 1;
    *n /= 2;
    /* A real short count on a non-blocking descriptor means the queue
     * was emptied (or the buffer filled): an edge follows when that
     * changes. The data is still there: say so, as that edge would. */
    reannounce(fd);
    return 0;
  case FK_EINTR:
    f_fired = 1;
    errno = EINTR;
    *r = -1;
    return 1;
  case FK_EAGAIN:
    if (efd && call == FC_WRITE)
      return 0; /* the counter cannot overflow */
    f_fired = 1;
    reannounce(fd);
    errno = EAGAIN;
    *r = -1;
    return 1;
  default:
    return 0;
  }
}

ssize_t __wrap_read(int fd, void *buf, size_t n) {
  ssize_t r;
  if (io_fault(FC_READ, fd, &n, &r))
    return r;
  return __real_read(fd, buf, n);
}

ssize_t __wrap_write(int fd, const void *buf, size_t n) {
  ssize_t r;
  if (io_fault(FC_WRITE, fd, &n, &r))
    return r;
  return __real_write(fd, buf, n);
}

ssize_t __wrap_recv(int fd, void *buf, size_t n, int flags) {
  ssize_t r;
  if (io_fault(FC_RECV, fd, &n, &r))
    return r;
  return __real_recv(fd, buf, n, flags);
}

ssize_t __wrap_send(int fd, const void *buf, size_t n, int flags) {
  ssize_t r;
  if (io_fault(FC_SEND, fd, &n, &r))
    return r;
  return __real_send(fd, buf, n, flags);
}

int __wrap_accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) {
  switch (hit(FC_ACCEPT4)) {
  case FK_FAIL: f_fired = 1; errno = f_err; return -1;
  case FK_EINTR: f_fired = 1; errno = EINTR; return -1;
  case FK_EAGAIN: f_fired = 1; reannounce(fd); errno = EAGAIN; return -1;
  default: return __real_accept4(fd, addr, len, flags);
  }
}

/* ---- the backend ---- */

int __wrap_epoll_ctl(int epfd, int op, int fd, struct epoll_event *ev) {
  int r = __real_epoll_ctl(epfd, op, fd, ev);
  if (r == 0 && fd >= 0 && fd < MAXFD) {
    ep_fd = epfd;
    if (op == EPOLL_CTL_DEL) {
      ep_reg[fd] = 0;
    } else if (ev) {
      ep_reg[fd] = 1;
      ep_ev[fd] = *ev;
    }
  }
  return r;
}

int __wrap_epoll_wait(int epfd, struct epoll_event *evs, int max, int timeout) {
  switch (hit(FC_EPOLL_WAIT)) {
  case FK_FAIL: f_fired = 1; errno = f_err; return -1;
  case FK_EINTR: f_fired = 1; errno = EINTR; return -1;
  case FK_SHORT: f_fired = 1; return __real_epoll_wait(epfd, evs, 1, timeout);
  default: return __real_epoll_wait(epfd, evs, max, timeout);
  }
}

int __wrap_eventfd(unsigned init, int flags) {
  int k = hit(FC_EVENTFD);
  if (k == FK_FAIL || k == FK_EINTR || k == FK_EAGAIN) {
    f_fired = 1;
    errno = k == FK_FAIL ? f_err : k == FK_EINTR ? EINTR : EAGAIN;
    return -1;
  }
  int fd = __real_eventfd(init, flags);
  if (fd >= 0 && fd < MAXFD)
    is_eventfd[fd] = 1;
  return fd;
}

/* ---- threads ---- */

int __wrap_pthread_create(pthread_t *th, const pthread_attr_t *attr, void *(*fn)(void *), void *arg) {
  if (hit(FC_PTHREAD_CREATE) == FK_FAIL) {
    f_fired = 1;
    return f_err;
  }
  return __real_pthread_create(th, attr, fn, arg);
}
