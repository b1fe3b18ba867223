/* io.c - the fd table, readiness waits, and the socket calls that do not
 * wait. The waiting calls (ac_read, ac_accept...) are in async/io.c. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

struct fd_state {
  ac_task *reader, *writer; /* the tasks waiting for each direction */
  uint8_t registered;       /* in the backend */
  uint8_t ready;            /* readiness seen while nobody waited */
  uint8_t drained;          /* directions known empty/full since the last edge */
  uint8_t hup;              /* the peer hung up or the socket failed: sticky */
  int8_t kind;              /* FDK_ bits + 1; 0: not known yet */
};

static fd_state *state_of(ac_loop *L, int fd) {
  if (fd >= L->nfds) {
    int n = L->nfds ? L->nfds : 64;
    while (n <= fd)
      n *= 2;
    L->fds = ac__realloc_or_oom(L->fds, (size_t)n * sizeof *L->fds);
    memset(L->fds + L->nfds, 0, (size_t)(n - L->nfds) * sizeof *L->fds);
    L->nfds = n;
  }
  return &L->fds[fd];
}

void ac__fd_created(int fd) {
  ac_loop *L = ac__loop();
  if (fd < L->nfds)
    memset(&L->fds[fd], 0, sizeof L->fds[fd]);
}

int ac__fd_kind(int fd) {
  if (fd < 0)
    return -EBADF;
  ac_loop *L = ac__loop();
  fd_state *st = state_of(L, fd);
  if (!st->kind) {
    struct stat sb;
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fstat(fd, &sb) < 0)
      return -errno;
    st->kind = (int8_t)(1 + (S_ISSOCK(sb.st_mode) ? FDK_SOCKET : 0) + (fl & O_NONBLOCK ? FDK_NONBLOCK : 0));
  }
  return st->kind - 1;
}

/* The events of fd now (AC_ bits; hang-ups and errors count as both),
 * or a negative errno. */
int ac__fd_poll_events(int fd, int events) {
  struct pollfd p = {.fd = fd, .events = (short)((events & AC_READABLE ? POLLIN : 0) |
                                                 (events & AC_WRITABLE ? POLLOUT : 0))};
  int n;
  do
    n = poll(&p, 1, 0);
  while (n < 0 && errno == EINTR);
  if (n < 0)
    return -errno;
  if (p.revents & POLLNVAL)
    return -EBADF;
  int got = 0;
  if (p.revents & (POLLIN | POLLHUP | POLLERR))
    got |= AC_READABLE;
  if (p.revents & (POLLOUT | POLLHUP | POLLERR))
    got |= AC_WRITABLE;
  return got & events;
}

int ac__fd_poll_now(int fd, int events) { return ac__fd_poll_events(fd, events) > 0; }

/* Waits for the next readiness edge in events, or reports one seen while
 * nobody waited (the I/O calls: they wait only after EAGAIN or a short
 * read or write, so the edge that ends the wait is still to come). */
static ac_frame *wait_fd(ac_frame *self, int *out, int fd, int events, int level) {
  ac_loop *L = ac__loop();
  events &= AC_READABLE | AC_WRITABLE;
  int rc = fd < 0 ? -EBADF : !events ? -EINVAL : ac__loop_backend(L);
  fd_state *st = rc ? NULL : state_of(L, fd);
  if (st && !st->registered) {
    rc = ac__backend_add(L, fd);
    st->registered = rc == 0;
  }
  if (!rc) {
    int ready = st->ready & events;
    if (!ready && level) {
      /* ac_wait_fd promises the state, not an edge: ask the kernel. */
      int now = ac__fd_poll_events(fd, events);
      if (now < 0)
        rc = now;
      ready = now > 0 ? now : 0;
    }
    if (ready && !rc) {
      /* Seen while nobody waited: report it; a wrong guess costs the
       * caller one EAGAIN and a real wait. */
      st->ready &= (uint8_t)~ready;
      *out = ready;
      return self;
    }
    if (((events & AC_READABLE) && st->reader) || ((events & AC_WRITABLE) && st->writer))
      rc = -EBUSY;
  }
  if (!rc)
    rc = ac__begin_wait(L, self, out, 0, WAIT_FD, (void *)(intptr_t)fd);
  if (rc) {
    *out = rc;
    return self;
  }
  ac_task *t = L->current;
  t->wait_aux = (uint8_t)events;
  if (events & AC_READABLE)
    st->reader = t;
  if (events & AC_WRITABLE)
    st->writer = t;
  L->fd_waiters++;
  return NULL;
}

ac_frame *ac__wait_fd(ac_frame *self, int *out, int fd, int events) {
  return wait_fd(self, out, fd, events, 1);
}

ac_frame *ac__wait_edge(ac_frame *self, int *out, int fd, int events) {
  return wait_fd(self, out, fd, events, 0);
}

static void unhook(ac_loop *L, fd_state *st, ac_task *t) {
  if (st->reader == t)
    st->reader = NULL;
  if (st->writer == t)
    st->writer = NULL;
  L->fd_waiters--;
}

void ac__fd_wait_cancel(ac_loop *L, ac_task *t) {
  unhook(L, &L->fds[(intptr_t)t->wait], t);
}

/* A read shorter than asked for emptied a stream socket's queue, and a
 * short write filled its buffer: the next call in that direction waits for
 * the next edge instead of trying a system call that would say EAGAIN
 * (an edge after the short call is in the backend's queue, so it cannot be
 * missed). */
int ac__fd_drained(int fd, int events) {
  /* After a hang-up a short read may leave the end of file to read, and
   * no edge will announce it again: then every call tries. */
  ac_loop *L = ac__loop();
  return fd < L->nfds && (L->fds[fd].drained & events) && !L->fds[fd].hup;
}

void ac__fd_set_drained(int fd, int events) {
  if (fd < 0)
    return;
  fd_state *st = state_of(ac__loop(), fd);
  st->drained |= (uint8_t)events;
  st->ready &= (uint8_t)~events; /* older edges: the drain came after them */
}

void ac__fd_ready(ac_loop *L, int fd, unsigned events) {
  if (fd >= L->nfds)
    return;
  fd_state *st = &L->fds[fd];
  if (events & AC__HUP)
    st->hup = 1;
  events &= AC_READABLE | AC_WRITABLE;
  st->drained &= (uint8_t)~events;
  ac_task *r = (events & AC_READABLE) ? st->reader : NULL;
  ac_task *w = (events & AC_WRITABLE) ? st->writer : NULL;
  if (r) {
    unsigned got = events & r->wait_aux;
    unhook(L, st, r);
    ac__wake(L, r, (long)got);
    events &= ~got;
  }
  if (w && w != r) {
    unsigned got = events & w->wait_aux;
    unhook(L, st, w);
    ac__wake(L, w, (long)got);
    events &= ~got;
  }
  st->ready |= (uint8_t)events;
}

int ac_close(int fd) {
  if (fd < 0)
    return -EBADF;
  ac_loop *L = ac__loop();
  if (fd < L->nfds) {
    fd_state *st = &L->fds[fd];
    ac_task *r = st->reader, *w = st->writer;
    if (r) {
      unhook(L, st, r);
      ac__wake(L, r, -EBADF);
    }
    if (w && w != r) {
      unhook(L, st, w);
      ac__wake(L, w, -EBADF);
    }
    if (st->registered)
      ac__backend_del(L, fd);
    memset(st, 0, sizeof *st);
  }
  /* Linux frees the descriptor even when close reports EINTR. */
  int rc = close(fd) < 0 && errno != EINTR ? -errno : 0;
  ac__waitq_wake_all(&L->fd_freed, 0);
  return rc;
}

/* SIGPIPE for this thread only: blocked around the write, and a SIGPIPE
 * the write raised is taken back before it is unblocked. */
long ac__write_nosigpipe(int fd, const void *buf, size_t n) {
  sigset_t pipe_set, old;
  sigemptyset(&pipe_set);
  sigaddset(&pipe_set, SIGPIPE);
  sigset_t pending;
  sigpending(&pending);
  int was_pending = sigismember(&pending, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
  long r = write(fd, buf, n);
  int e = errno;
  if (r < 0 && e == EPIPE && !was_pending) {
    struct timespec zero = {0, 0};
    while (sigtimedwait(&pipe_set, NULL, &zero) < 0 && errno == EINTR)
      ;
  }
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  errno = e;
  return r;
}

/* ---- sockets ---- */

int ac_socket(int domain, int type, int protocol) {
  int fd = socket(domain, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
  if (fd < 0)
    return -errno;
  ac__fd_created(fd);
  return fd;
}

static int listen_on(int fd, const struct sockaddr *sa, socklen_t len, int backlog) {
  if (bind(fd, sa, len) < 0 || listen(fd, backlog) < 0) {
    int e = -errno;
    ac_close(fd);
    return e;
  }
  return fd;
}

int ac_tcp_listen(const char *ip, int port, int backlog) {
  if (port < 0 || port > 65535)
    return -EINVAL;
  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof ss);
  socklen_t len;
  struct sockaddr_in *in4 = (struct sockaddr_in *)&ss;
  struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
  if (!ip || inet_pton(AF_INET, ip, &in4->sin_addr) == 1) {
    in4->sin_family = AF_INET;
    in4->sin_port = htons((uint16_t)port);
    len = sizeof *in4;
  } else if (inet_pton(AF_INET6, ip, &in6->sin6_addr) == 1) {
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons((uint16_t)port);
    len = sizeof *in6;
  } else {
    return -EINVAL;
  }
  int fd = ac_socket(ss.ss_family, SOCK_STREAM, 0);
  if (fd < 0)
    return fd;
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  return listen_on(fd, (struct sockaddr *)&ss, len, backlog);
}

int ac__unix_addr(struct sockaddr_un *un, const char *path) {
  memset(un, 0, sizeof *un);
  un->sun_family = AF_UNIX;
  if (!path || strlen(path) >= sizeof un->sun_path)
    return -EINVAL;
  strcpy(un->sun_path, path);
  return 0;
}

int ac_unix_listen(const char *path, int backlog) {
  struct sockaddr_un un;
  if (ac__unix_addr(&un, path) < 0)
    return -EINVAL;
  int fd = ac_socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0)
    return fd;
  return listen_on(fd, (struct sockaddr *)&un, sizeof un, backlog);
}

int ac_local_port(int fd) {
  struct sockaddr_storage ss;
  socklen_t len = sizeof ss;
  if (getsockname(fd, (struct sockaddr *)&ss, &len) < 0)
    return -errno;
  if (ss.ss_family == AF_INET)
    return ntohs(((struct sockaddr_in *)&ss)->sin_port);
  if (ss.ss_family == AF_INET6)
    return ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
  return -EAFNOSUPPORT;
}
