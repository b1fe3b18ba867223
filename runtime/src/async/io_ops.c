/* io_ops.c - reads, writes, accept and connect, in the async dialect: each
 * tries the system call first and waits for readiness only after EAGAIN.
 * Descriptors that are blocking (not made by the runtime) are polled
 * before each call instead, so the loop never blocks in one. */
#define _GNU_SOURCE /* accept4 */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "../internal.h"

/* Waits until a call on fd in direction ev would not block: 0 or an error. */
static async int ready_for(int fd, int kind, int ev) {
  if ((kind & FDK_NONBLOCK) || ac__fd_poll_now(fd, ev))
    return 0;
  for (;;) {
    int rc = await ac_wait_edge(fd, ev);
    if (rc < 0)
      return rc;
    if (ac__fd_poll_now(fd, ev))
      return 0;
  }
}

/* What a read or write of `asked` bytes on fd that returned r means: the
 * count, or -EAGAIN to go round again (interrupted; or not ready, and then
 * the direction is marked drained so that the next round waits for an
 * edge), or another negative errno. A short count (the socket emptied or
 * filled) marks the direction drained when `track` is set. */
static ssize_t outcome(int fd, int dir, ssize_t r, size_t asked, int track) {
  if (r >= 0) {
    if (track && r > 0 && (size_t)r < asked)
      ac__fd_set_drained(fd, dir);
    return r;
  }
  if (errno == EINTR)
    return -EAGAIN;
  if (errno == EAGAIN || errno == EWOULDBLOCK) {
    ac__fd_set_drained(fd, dir);
    return -EAGAIN;
  }
  return -errno;
}

async ssize_t ac_recv(int fd, void *buf, size_t n, int flags) {
  for (;;) {
    if (ac__fd_drained(fd, AC_READABLE)) {
      int rc = await ac_wait_edge(fd, AC_READABLE);
      if (rc < 0)
        return rc;
    }
    ssize_t r = outcome(fd, AC_READABLE, recv(fd, buf, n, flags | MSG_DONTWAIT), n, !(flags & MSG_PEEK));
    if (r != -EAGAIN)
      return r;
  }
}

async ssize_t ac_read(int fd, void *buf, size_t n) {
  int kind = ac__fd_kind(fd);
  if (kind < 0)
    return kind;
  if (kind & FDK_SOCKET)
    return await ac_recv(fd, buf, n, 0);
  for (;;) {
    int rc = (kind & FDK_NONBLOCK) && ac__fd_drained(fd, AC_READABLE) ? await ac_wait_edge(fd, AC_READABLE)
                                                                      : await ready_for(fd, kind, AC_READABLE);
    if (rc < 0)
      return rc;
    ssize_t r = outcome(fd, AC_READABLE, read(fd, buf, n), n, kind & FDK_NONBLOCK);
    if (r != -EAGAIN)
      return r;
  }
}

async ssize_t ac_send(int fd, const void *buf, size_t n, int flags) {
  size_t done = 0;
  while (done < n) {
    if (ac__fd_drained(fd, AC_WRITABLE)) {
      int rc = await ac_wait_edge(fd, AC_WRITABLE);
      if (rc < 0)
        return rc;
    }
    ssize_t r = outcome(fd, AC_WRITABLE,
                        send(fd, (const char *)buf + done, n - done, flags | MSG_DONTWAIT | MSG_NOSIGNAL), n - done, 1);
    if (r >= 0)
      done += (size_t)r;
    else if (r != -EAGAIN)
      return r;
  }
  return (ssize_t)n;
}

async ssize_t ac_write(int fd, const void *buf, size_t n) {
  int kind = ac__fd_kind(fd);
  if (kind < 0)
    return kind;
  if (kind & FDK_SOCKET)
    return await ac_send(fd, buf, n, 0);
  size_t done = 0;
  while (done < n) {
    int rc = (kind & FDK_NONBLOCK) && ac__fd_drained(fd, AC_WRITABLE) ? await ac_wait_edge(fd, AC_WRITABLE)
                                                                      : await ready_for(fd, kind, AC_WRITABLE);
    if (rc < 0)
      return rc;
    /* A blocking descriptor that polls writable takes PIPE_BUF bytes
     * without blocking; a non-blocking one takes what it can. */
    size_t chunk = n - done;
    if (!(kind & FDK_NONBLOCK) && chunk > 4096)
      chunk = 4096;
    ssize_t r = outcome(fd, AC_WRITABLE, ac__write_nosigpipe(fd, (const char *)buf + done, chunk), chunk,
                        kind & FDK_NONBLOCK);
    if (r >= 0)
      done += (size_t)r;
    else if (r != -EAGAIN)
      return r;
  }
  return (ssize_t)n;
}

static void unpark_on_timeout(ac__timer *tm) {
  ac_waiter *w = tm->arg;
  if (w->q)
    ac__unpark(w, -ETIMEDOUT);
}

/* Out of descriptors: waits until ac_close frees one or ms pass. */
static async int descriptor_freed(long ms) {
  ac_waiter w = {0};
  ac__timer tm;
  ac__timer_start(&tm, ms, unpark_on_timeout, &w);
  int rc = await ac_park(&ac__loop()->fd_freed, &w);
  ac__timer_stop(&tm);
  return rc;
}

async int ac_accept(int fd, struct sockaddr *addr, socklen_t *addrlen) {
  int kind = ac__fd_kind(fd);
  if (kind < 0)
    return kind;
  if (!(kind & FDK_SOCKET))
    return -ENOTSOCK;
  long backoff = 1;
  for (;;) {
    int rc = await ready_for(fd, kind, AC_READABLE);
    if (rc < 0)
      return rc;
    int c = accept4(fd, addr, addrlen, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (c >= 0) {
      ac__fd_created(c);
      return c;
    }
    int e = errno;
    if (e == EINTR || e == ECONNABORTED || e == EPROTO)
      continue;
    if (e == EAGAIN || e == EWOULDBLOCK) {
      rc = await ac_wait_edge(fd, AC_READABLE);
      if (rc < 0)
        return rc;
      continue;
    }
    if (e == EMFILE || e == ENFILE || e == ENOBUFS || e == ENOMEM) {
      /* The connection waits in the backlog; retrying at once would spin. */
      rc = await descriptor_freed(backoff);
      if (rc == -ECANCELED)
        return rc;
      backoff = backoff < 512 ? backoff * 2 : 1000;
      continue;
    }
    return -e;
  }
}

async int ac_connect(int fd, const struct sockaddr *addr, socklen_t addrlen, long timeout_ms) {
  int kind = ac__fd_kind(fd);
  if (kind < 0)
    return kind;
  if (!(kind & FDK_NONBLOCK))
    return -EINVAL; /* would block the loop: make it with ac_socket */
  if (connect(fd, addr, addrlen) == 0)
    return 0;
  /* EINTR: the connection goes on, as with EINPROGRESS. */
  if (errno != EINPROGRESS && errno != EINTR)
    return -errno;
  ac__timer tm;
  if (timeout_ms >= 0)
    ac__timer_start(&tm, timeout_ms, ac__timeout_interrupt, ac_current());
  int rc = await ac_wait_edge(fd, AC_WRITABLE);
  if (timeout_ms >= 0)
    ac__timer_stop(&tm);
  if (rc < 0)
    return rc;
  int err = 0;
  socklen_t len = sizeof err;
  if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
    return -errno;
  return err ? -err : 0;
}

typedef struct {
  const char *host, *service;
  const struct addrinfo *hints;
  struct addrinfo *res;
  int rc, err;
} gai_request;

/* On the pool: getaddrinfo's own codes go in the request, so they never
 * mix with the pool's negative errno values. */
static long run_getaddrinfo(void *arg) {
  gai_request *r = arg;
  r->rc = getaddrinfo(r->host, r->service, r->hints, &r->res);
  r->err = errno;
  return 0;
}

static int gai_errno(int rc, int err) {
  switch (rc) {
  case 0: return 0;
  case EAI_NONAME:
#ifdef EAI_NODATA
  case EAI_NODATA:
#endif
    return -ENOENT;
  case EAI_AGAIN: return -EAGAIN;
  case EAI_MEMORY: return -ENOMEM;
  case EAI_SYSTEM: return err ? -err : -EIO;
  case EAI_FAIL: return -EHOSTUNREACH;
  default: return -EINVAL;
  }
}

async int ac_getaddrinfo(const char *host, const char *service, const struct addrinfo *hints,
                         struct addrinfo **res) {
  gai_request r = {host, service, hints, NULL, 0, 0};
  long rc = await ac_blocking(run_getaddrinfo, &r);
  if (rc < 0) {
    if (r.res)
      freeaddrinfo(r.res); /* cancelled while it ran */
    return (int)rc;
  }
  if (r.rc)
    return gai_errno(r.rc, r.err);
  *res = r.res;
  return 0;
}

async int ac_tcp_connect(const char *host, int port, long timeout_ms) {
  if (port < 0 || port > 65535)
    return -EINVAL;
  char service[8];
  snprintf(service, sizeof service, "%d", port);
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_ADDRCONFIG | AI_NUMERICSERV;
  long long deadline = timeout_ms >= 0 ? ac_now() + timeout_ms : -1;
  struct addrinfo *res = NULL;
  int rc = await ac_getaddrinfo(host, service, &hints, &res);
  if (rc < 0)
    return rc;
  rc = -EHOSTUNREACH;
  for (struct addrinfo *a = res; a; a = a->ai_next) {
    long left = deadline < 0 ? -1 : (long)(deadline - ac_now());
    if (deadline >= 0 && left <= 0) {
      rc = -ETIMEDOUT;
      break;
    }
    int fd = ac_socket(a->ai_family, a->ai_socktype, a->ai_protocol);
    if (fd < 0) {
      rc = fd;
      continue;
    }
    rc = await ac_connect(fd, a->ai_addr, a->ai_addrlen, left);
    if (rc == 0) {
      rc = fd;
      break;
    }
    ac_close(fd);
    if (rc == -ECANCELED)
      break;
  }
  freeaddrinfo(res);
  return rc;
}

async int ac_unix_connect(const char *path) {
  struct sockaddr_un un;
  if (ac__unix_addr(&un, path) < 0)
    return -EINVAL;
  int fd = ac_socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0)
    return fd;
  int rc = await ac_connect(fd, (struct sockaddr *)&un, sizeof un, -1);
  if (rc < 0) {
    ac_close(fd);
    return rc;
  }
  return fd;
}
