/* backend_epoll.c - the loop's readiness backend on Linux.
 *
 * The interface (internal.h: ac__backend_open/add/del/poll) is all the
 * loop knows of it, so kqueue or io_uring can take its place. Descriptors
 * are registered once, edge-triggered, for both directions: the I/O calls
 * try the system call first and wait only after EAGAIN, so an edge is never
 * missed, and readiness that arrives while nobody waits is remembered in
 * the fd table (io.c). */
#include <errno.h>
#include <sys/epoll.h>
#include <unistd.h>

#include "internal.h"

int ac__backend_open(void) {
  int fd = epoll_create1(EPOLL_CLOEXEC);
  return fd < 0 ? -errno : fd;
}

int ac__backend_add(ac_loop *L, int fd) {
  struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, .data.fd = fd};
  if (epoll_ctl(L->backend_fd, EPOLL_CTL_ADD, fd, &ev) == 0)
    return 0;
  if (errno == EEXIST)
    return 0;
  return -errno;
}

void ac__backend_del(ac_loop *L, int fd) {
  struct epoll_event ev = {0};
  epoll_ctl(L->backend_fd, EPOLL_CTL_DEL, fd, &ev);
}

enum { BATCH = 256 };

int ac__backend_poll(ac_loop *L, int timeout) {
  struct epoll_event evs[BATCH];
  int n = epoll_wait(L->backend_fd, evs, BATCH, timeout);
  if (n < 0)
    return errno == EINTR ? 0 : -errno;
  for (int i = 0; i < n; i++) {
    int fd = evs[i].data.fd;
    uint32_t e = evs[i].events;
    if (fd == L->wake_fd) {
      ac__loop_woken(L);
      continue;
    }
    unsigned ready = 0;
    if (e & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
      ready |= AC_READABLE;
    if (e & (EPOLLOUT | EPOLLHUP | EPOLLERR))
      ready |= AC_WRITABLE;
    if (e & (EPOLLRDHUP | EPOLLHUP | EPOLLERR))
      ready |= AC__HUP;
    ac__fd_ready(L, fd, ready);
  }
  return n;
}
