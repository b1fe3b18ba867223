/* client.h - what the end-to-end test clients of the example servers share:
 * blocking loopback sockets with timeouts, exact sends and receives, and
 * failure reports. Plain C and POSIX threads, independent of the runtime
 * under test. Every failure prints "FAIL: ..." and exits 1. Include it
 * before any system header: it defines _GNU_SOURCE. */
#ifndef E2E_CLIENT_H
#define E2E_CLIENT_H

#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { IO_TIMEOUT_S = 10 }; /* any single wait longer than this is a failure */

static inline void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static inline void fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("FAIL: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  fflush(stdout);
  _exit(1);
}

static inline long long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

static inline void sleep_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
    ;
}

static inline void set_timeouts(int fd, int seconds) {
  struct timeval tv = {seconds, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

/* A blocking TCP socket connected to 127.0.0.1:port, or -errno. rcvbuf > 0
 * sets SO_RCVBUF before connecting (the window the server sees). */
static inline int try_connect(int port, int rcvbuf) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0)
    return -errno;
  if (rcvbuf > 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
    int e = -errno;
    close(fd);
    return e;
  }
  set_timeouts(fd, IO_TIMEOUT_S);
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

static inline int connect_to(int port) {
  int fd = try_connect(port, 0);
  if (fd < 0)
    fail("connect to port %d: %s", port, strerror(-fd));
  return fd;
}

static inline void send_all(int fd, const void *buf, size_t n, const char *what) {
  const char *p = buf;
  while (n > 0) {
    ssize_t k = send(fd, p, n, MSG_NOSIGNAL);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      fail("%s: send: %s", what, k < 0 ? strerror(errno) : "0 bytes");
    p += k;
    n -= (size_t)k;
  }
}

static inline void send_str(int fd, const char *s, const char *what) { send_all(fd, s, strlen(s), what); }

/* Reads up to n bytes, stopping early only at end of file: the count. */
static inline size_t recv_upto(int fd, void *buf, size_t n, const char *what) {
  char *p = buf;
  size_t got = 0;
  while (got < n) {
    ssize_t k = recv(fd, p + got, n - got, 0);
    if (k < 0 && errno == EINTR)
      continue;
    if (k < 0)
      fail("%s: recv after %zu of %zu bytes: %s", what, got, n,
           errno == EAGAIN ? "timed out" : strerror(errno));
    if (k == 0)
      break;
    got += (size_t)k;
  }
  return got;
}

static inline void recv_exact(int fd, void *buf, size_t n, const char *what) {
  size_t got = recv_upto(fd, buf, n, what);
  if (got != n)
    fail("%s: end of file after %zu of %zu bytes", what, got, n);
}

/* Waits for the end of file: fails if data or a timeout comes first. */
static inline void expect_eof(int fd, const char *what) {
  char c;
  ssize_t k;
  do
    k = recv(fd, &c, 1, 0);
  while (k < 0 && errno == EINTR);
  if (k > 0)
    fail("%s: data instead of end of file", what);
  if (k < 0 && errno != ECONNRESET)
    fail("%s: waiting for end of file: %s", what, errno == EAGAIN ? "timed out" : strerror(errno));
}

/* Closes with a reset (RST) instead of a FIN. */
static inline void close_reset(int fd) {
  struct linger lg = {1, 0};
  setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
  close(fd);
}

#endif
