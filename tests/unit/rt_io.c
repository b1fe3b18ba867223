/* rt_io.c - descriptors and sockets: reads and writes on socketpairs and
 * pipes (blocking ones not made by the runtime too), readiness waits, a
 * 4 MiB write to a slow reader, cancellation and ac_close of waiters, peer
 * reset, half-close, regular files, TCP over IPv4 and IPv6, Unix sockets,
 * running out of descriptors in ac_accept, and errors.
 *
 * Socketpairs and pipes deliver at once, so their tests run on the
 * virtual clock; TCP goes through the kernel's network stack, and its
 * tests use the real clock with generous timeouts that are never reached
 * when things work. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "rt_util.h"


/* ---- helpers ---- */

static unsigned char pattern(size_t i) { return (unsigned char)(i * 131u + (i >> 9) + 7u); }

static int fd_flags_ok(int fd) {
  int fl = fcntl(fd, F_GETFL), fdfl = fcntl(fd, F_GETFD);
  return fl >= 0 && fdfl >= 0 && (fl & O_NONBLOCK) && (fdfl & FD_CLOEXEC);
}

/* A descriptor number that is not open. */
static int unused_fd(void) {
  for (int fd = 900;; fd++)
    if (fcntl(fd, F_GETFD) < 0 && errno == EBADF)
      return fd;
}

static async void settle(int n) {
  for (int i = 0; i < n; i++)
    await ac_yield();
}

/* Reads exactly n bytes (or up to the end or an error): the count or the
 * error; -ETIMEDOUT if that takes more than 5 s (at once on the virtual
 * clock when nothing can happen any more): a lost wake-up fails the check
 * instead of hanging the test. */
static async long read_full_task(int fd, void *buf, size_t n) {
  size_t got = 0;
  while (got < n) {
    long r = await ac_read(fd, (char *)buf + got, n - got);
    if (r < 0)
      return r;
    if (r == 0)
      break;
    got += (size_t)r;
  }
  return (long)got;
}

static async long read_full(int fd, void *buf, size_t n) {
  ac_task *t = ac_spawn(read_full_task(fd, buf, n));
  long r = -1;
  int rc = await ac_join_timeout(t, 5000, &r);
  return rc ? rc : r;
}

typedef struct {
  long rc;
  char buf[64];
  int done;
} read_log;

static async void reader(int fd, read_log *L) {
  memset(L->buf, 0, sizeof L->buf);
  L->rc = await ac_read(fd, L->buf, sizeof L->buf - 1);
  L->done = 1;
}

typedef struct {
  int rc, done;
} wait_log;

static async void fd_waiter(int fd, int events, wait_log *L) {
  L->rc = await ac_wait_fd(fd, events);
  L->done = 1;
}

/* ---- socketpairs and pipes ---- */

static async int rw_pair(int a, int b) {
  int fla = fcntl(a, F_GETFL), flb = fcntl(b, F_GETFL);
  char buf[64];
  EXPECT_EQ(await ac_write(a, "hello", 5), 5);
  memset(buf, 0, sizeof buf);
  EXPECT_EQ(await ac_read(b, buf, sizeof buf), 5);
  EXPECT_STR(buf, "hello");
  /* The reader waits first. */
  read_log L;
  memset(&L, 0, sizeof L);
  ac_task *t = ac_spawn(reader(b, &L));
  await settle(3);
  EXPECT_EQ(L.done, 0);
  EXPECT_EQ(await ac_write(a, "ping", 4), 4);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(L.rc, 4);
  EXPECT_STR(L.buf, "ping");
  /* The flags of descriptors the runtime did not make are left alone. */
  EXPECT_EQ(fcntl(a, F_GETFL), fla);
  EXPECT_EQ(fcntl(b, F_GETFL), flb);
  return 0;
}

static async int scenario_socketpair(void) {
  for (int nb = 0; nb < 2; nb++) {
    int sv[2];
    EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | (nb ? SOCK_NONBLOCK : 0), 0, sv), 0);
    await rw_pair(sv[0], sv[1]);
    await rw_pair(sv[1], sv[0]);
    /* send and recv, with flags. */
    char buf[64];
    memset(buf, 0, sizeof buf);
    EXPECT_EQ(await ac_send(sv[1], "world", 5, 0), 5);
    EXPECT_EQ(await ac_recv(sv[0], buf, 3, MSG_PEEK), 3);
    EXPECT_EQ(await ac_recv(sv[0], buf, sizeof buf, 0), 5);
    EXPECT_STR(buf, "world");
    EXPECT_EQ(ac_close(sv[0]), 0);
    EXPECT_EQ(ac_close(sv[1]), 0);
  }
  return 0;
}

static void test_socketpair(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_socketpair());
}

static async int scenario_pipe(void) {
  for (int nb = 0; nb < 2; nb++) {
    int p[2];
    EXPECT_EQ(pipe2(p, O_CLOEXEC | (nb ? O_NONBLOCK : 0)), 0);
    await rw_pair(p[1], p[0]);
    char buf[8];
    EXPECT_EQ(ac_close(p[1]), 0);
    EXPECT_EQ(await ac_read(p[0], buf, sizeof buf), 0); /* end of file */
    EXPECT_EQ(ac_close(p[0]), 0);
  }
  return 0;
}

static void test_pipe(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_pipe());
}

/* ---- ac_wait_fd ---- */

/* ac_wait_fd(fd, events) in a task, given 1 s (virtual: it passes at once
 * if nothing can happen) to return: its value, or -ETIMEDOUT when it did
 * not return. */
static async int wait_fd_within(int fd, int events) {
  wait_log W;
  memset(&W, 0, sizeof W);
  ac_task *t = ac_spawn(fd_waiter(fd, events, &W));
  int rc = await ac_join_timeout(t, 1000, NULL);
  return rc == 0 ? W.rc : rc;
}

static async int scenario_wait_fd(void) {
  int sv[2];
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv), 0);
  int rc = await wait_fd_within(sv[0], AC_WRITABLE);
  EXPECT(rc > 0 && (rc & AC_WRITABLE));

  /* Readable once the peer writes. */
  wait_log W;
  memset(&W, 0, sizeof W);
  ac_task *t = ac_spawn(fd_waiter(sv[1], AC_READABLE, &W));
  await settle(3);
  EXPECT_EQ(W.done, 0);
  /* Another task waiting for the same event: -EBUSY. */
  EXPECT_EQ(await ac_wait_fd(sv[1], AC_READABLE), -EBUSY);
  EXPECT_EQ(write(sv[0], "x", 1), 1);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT(W.rc > 0 && (W.rc & AC_READABLE));
  /* Readable and writable now. */
  EXPECT_EQ(await ac_sleep(1), 0);
  char c;
  EXPECT_EQ(await ac_read(sv[1], &c, 1), 1);
  EXPECT_EQ(c, 'x');
  ac_close(sv[0]);
  ac_close(sv[1]);
  return 0;
}

/* A wait on a descriptor that is ready now returns at once, even when an
 * earlier wait already reported that readiness (nothing was read or
 * written since): "waits until fd is readable", and it is. */
static async int scenario_wait_fd_level(void) {
  int sv[2];
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv), 0);
  EXPECT_EQ(write(sv[0], "x", 1), 1);
  int rc = await wait_fd_within(sv[1], AC_READABLE);
  EXPECT(rc > 0 && (rc & AC_READABLE));
  rc = await wait_fd_within(sv[1], AC_READABLE); /* the byte is still there */
  EXPECT(rc > 0 && (rc & AC_READABLE));
  rc = await wait_fd_within(sv[0], AC_WRITABLE);
  EXPECT(rc > 0 && (rc & AC_WRITABLE));
  rc = await wait_fd_within(sv[0], AC_WRITABLE); /* still room to write */
  EXPECT(rc > 0 && (rc & AC_WRITABLE));
  rc = await wait_fd_within(sv[1], AC_READABLE | AC_WRITABLE);
  EXPECT(rc > 0);
  ac_close(sv[0]);
  ac_close(sv[1]);
  return 0;
}

static void test_wait_fd_level(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_wait_fd_level());
}

static void test_wait_fd(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_wait_fd());
}

/* ---- a 4 MiB write to a slow reader ---- */

/* (Sizes at file scope: asyncc hoists block-scope enums there.) */
enum { BIG = 4 << 20, FILL_UNIX = 8 << 20, PEER_UNIX = 16 << 20, PEER_TCP = 32 << 20 };

static async long big_writer(int fd, const unsigned char *data) { return await ac_write(fd, data, BIG); }

static async long slow_reader(int fd, unsigned char *out, size_t chunk) {
  size_t got = 0;
  int reads = 0;
  while (got < BIG) {
    long r = await ac_read(fd, out + got, chunk < BIG - got ? chunk : BIG - got);
    if (r <= 0)
      return r < 0 ? r : -1000;
    got += (size_t)r;
    if (++reads % 16 == 0)
      await ac_sleep(1);
  }
  return (long)got;
}

static async int big_transfer(int wfd, int rfd, unsigned char *data, unsigned char *out) {
  memset(out, 0, BIG);
  ac_task *w = ac_spawn(big_writer(wfd, data));
  ac_task *r = ac_spawn(slow_reader(rfd, out, 4096));
  long wrc = 0, rrc = 0;
  EXPECT_EQ(await ac_join(w, &wrc), 0);
  EXPECT_EQ(await ac_join(r, &rrc), 0);
  EXPECT_EQ(wrc, BIG);
  EXPECT_EQ(rrc, BIG);
  EXPECT(memcmp(data, out, BIG) == 0);
  return 0;
}

static async int scenario_big_write(void) {
  unsigned char *data = malloc(BIG), *out = malloc(BIG);
  EXPECT(data && out);
  if (!data || !out)
    return 0;
  for (size_t i = 0; i < BIG; i++)
    data[i] = pattern(i);
  int sv[2];
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0); /* blocking */
  await big_transfer(sv[0], sv[1], data, out);
  ac_close(sv[0]);
  ac_close(sv[1]);
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sv), 0);
  await big_transfer(sv[0], sv[1], data, out);
  ac_close(sv[0]);
  ac_close(sv[1]);
  for (int nb = 0; nb < 2; nb++) {
    int p[2];
    EXPECT_EQ(pipe2(p, O_CLOEXEC | (nb ? O_NONBLOCK : 0)), 0);
    await big_transfer(p[1], p[0], data, out);
    ac_close(p[0]);
    ac_close(p[1]);
  }
  free(data);
  free(out);
  return 0;
}

static void test_big_write(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_big_write());
}

/* ---- cancellation of I/O waits ---- */

static async long big_write_log(int fd, const unsigned char *data, size_t n, int *done) {
  long rc = await ac_write(fd, data, n);
  *done = 1;
  return rc;
}

static async int scenario_cancel_io(void) {
  int sv[2];
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv), 0);
  /* A read: -ECANCELED, and the descriptor works afterwards. */
  read_log L;
  memset(&L, 0, sizeof L);
  ac_task *t = ac_spawn(reader(sv[1], &L));
  await settle(2);
  EXPECT_EQ(ac_cancel(t), 0);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(L.rc, -ECANCELED);
  EXPECT_EQ(await ac_write(sv[0], "x", 1), 1);
  memset(&L, 0, sizeof L);
  t = ac_spawn(reader(sv[1], &L));
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(L.rc, 1);
  EXPECT_STR(L.buf, "x");
  /* Cancelled again, then the data comes while nobody waits. */
  memset(&L, 0, sizeof L);
  t = ac_spawn(reader(sv[1], &L));
  await settle(2);
  ac_cancel(t);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(L.rc, -ECANCELED);
  EXPECT_EQ(await ac_write(sv[0], "yz", 2), 2);
  await settle(2);
  memset(&L, 0, sizeof L);
  t = ac_spawn(reader(sv[1], &L));
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(L.rc, 2);
  EXPECT_STR(L.buf, "yz");

  /* The data comes and the reader is cancelled in the same turn: the read
   * is cancelled or gets the data; either way nothing is lost. */
  memset(&L, 0, sizeof L);
  t = ac_spawn(reader(sv[1], &L));
  await settle(2);
  EXPECT_EQ(write(sv[0], "race", 4), 4);
  ac_cancel(t);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  if (L.rc == -ECANCELED) {
    memset(&L, 0, sizeof L);
    t = ac_spawn(reader(sv[1], &L));
    EXPECT_EQ(await ac_join(t, NULL), 0);
  }
  EXPECT_EQ(L.rc, 4);
  EXPECT_STR(L.buf, "race");

  /* A cancelled ac_wait_fd; a new wait sees the next readiness. */
  wait_log W;
  memset(&W, 0, sizeof W);
  t = ac_spawn(fd_waiter(sv[1], AC_READABLE, &W));
  await settle(2);
  ac_cancel(t);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(W.rc, -ECANCELED);
  memset(&W, 0, sizeof W);
  t = ac_spawn(fd_waiter(sv[1], AC_READABLE, &W));
  await settle(2);
  EXPECT_EQ(W.done, 0);
  EXPECT_EQ(await ac_write(sv[0], "w", 1), 1);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT(W.rc > 0 && (W.rc & AC_READABLE));
  char c;
  EXPECT_EQ(await ac_read(sv[1], &c, 1), 1);

  /* A write blocked on a full socket: -ECANCELED; then the socket drains
   * and writes work again. */
  unsigned char *data = calloc(1, FILL_UNIX);
  int done = 0;
  ac_task *w = ac_spawn(big_write_log(sv[0], data, FILL_UNIX, &done));
  await settle(3);
  EXPECT_EQ(done, 0);
  ac_cancel(w);
  long wrc = 0;
  EXPECT_EQ(await ac_join(w, &wrc), 0);
  EXPECT_EQ(wrc, -ECANCELED);
  char *sink = malloc(1 << 16);
  while (read(sv[1], sink, 1 << 16) > 0)
    ;
  EXPECT_EQ(await ac_write(sv[0], "ok", 2), 2);
  memset(&L, 0, sizeof L);
  t = ac_spawn(reader(sv[1], &L));
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(L.rc, 2);
  EXPECT_STR(L.buf, "ok");
  free(sink);
  free(data);
  ac_close(sv[0]);
  ac_close(sv[1]);
  return 0;
}

static void test_cancel_io(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_cancel_io());
}

/* ---- ac_close wakes the waiters with -EBADF ---- */

static async int scenario_close_wakes(void) {
  int sv[2];
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv), 0);
  read_log L;
  memset(&L, 0, sizeof L);
  ac_task *t = ac_spawn(reader(sv[1], &L));
  await settle(2);
  EXPECT_EQ(ac_close(sv[1]), 0);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(L.rc, -EBADF);
  ac_close(sv[0]);

  /* A reader and a writer of the same descriptor. */
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv), 0);
  unsigned char *data = calloc(1, FILL_UNIX);
  int done = 0;
  memset(&L, 0, sizeof L);
  ac_task *w = ac_spawn(big_write_log(sv[0], data, FILL_UNIX, &done));
  t = ac_spawn(reader(sv[0], &L));
  wait_log W;
  memset(&W, 0, sizeof W);
  await settle(3);
  EXPECT_EQ(done, 0);
  EXPECT_EQ(L.done, 0);
  EXPECT_EQ(ac_close(sv[0]), 0);
  long wrc = 0;
  EXPECT_EQ(await ac_join(w, &wrc), 0);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(wrc, -EBADF);
  EXPECT_EQ(L.rc, -EBADF);
  ac_close(sv[1]);
  free(data);

  /* An ac_wait_fd waiter. */
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
  t = ac_spawn(fd_waiter(sv[0], AC_READABLE, &W));
  await settle(2);
  EXPECT_EQ(ac_close(sv[0]), 0);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(W.rc, -EBADF);
  /* The number may be reused at once: a new descriptor starts afresh. */
  int sv2[2];
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv2), 0);
  EXPECT_EQ(await ac_write(sv2[0], "n", 1), 1);
  char c = 0;
  EXPECT_EQ(await ac_read(sv2[1], &c, 1), 1);
  EXPECT_EQ(c, 'n');
  ac_close(sv2[0]);
  ac_close(sv2[1]);
  ac_close(sv[1]);
  return 0;
}

static void test_close_wakes(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_close_wakes());
}

/* ---- the peer goes away in the middle of a write ---- */

static async long read_some_then_close(int fd, size_t n, int reset) {
  char *buf = malloc(n);
  long got = await read_full(fd, buf, n);
  free(buf);
  if (reset) {
    struct linger lg = {1, 0}; /* close with a reset */
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
  }
  ac_close(fd);
  return got;
}

static async int scenario_peer_gone_unix(void) {
  unsigned char *data = calloc(1, PEER_UNIX);
  int sv[2];
  /* The peer is gone before the write. */
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
  ac_close(sv[1]);
  EXPECT_EQ(await ac_write(sv[0], "x", 1), -EPIPE);
  EXPECT_EQ(await ac_send(sv[0], "x", 1, 0), -EPIPE);
  ac_close(sv[0]);
  /* The peer closes in the middle of a write. */
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
  int done = 0;
  ac_task *w = ac_spawn(big_write_log(sv[0], data, PEER_UNIX, &done));
  ac_task *r = ac_spawn(read_some_then_close(sv[1], 100000, 0));
  long wrc = 0, rrc = 0;
  EXPECT_EQ(await ac_join(r, &rrc), 0);
  EXPECT_EQ(await ac_join(w, &wrc), 0);
  EXPECT_EQ(rrc, 100000);
  EXPECT(wrc == -EPIPE || wrc == -ECONNRESET);
  ac_close(sv[0]);
  free(data);
  return 0;
}

static void test_peer_gone_unix(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_peer_gone_unix());
}

/* A connected TCP pair over 127.0.0.1: *client, *server. */
static async int tcp_pair(int *client, int *server) {
  int lfd = ac_tcp_listen("127.0.0.1", 0, 8);
  EXPECT(lfd >= 0);
  if (lfd < 0)
    return lfd;
  int port = ac_local_port(lfd);
  EXPECT(port > 0);
  *client = await ac_tcp_connect("127.0.0.1", port, 5000);
  EXPECT(*client >= 0);
  *server = await ac_accept(lfd, NULL, NULL);
  EXPECT(*server >= 0);
  ac_close(lfd);
  return *client >= 0 && *server >= 0 ? 0 : -1;
}

static async int scenario_peer_reset_tcp(void) {
  unsigned char *data = calloc(1, PEER_TCP);
  int c = -1, s = -1;
  if (await tcp_pair(&c, &s) == 0) {
    int done = 0;
    ac_task *w = ac_spawn(big_write_log(c, data, PEER_TCP, &done));
    ac_task *r = ac_spawn(read_some_then_close(s, 100000, 1));
    long wrc = 0, rrc = 0;
    EXPECT_EQ(await ac_join(r, &rrc), 0);
    EXPECT_EQ(await ac_join(w, &wrc), 0);
    EXPECT_EQ(rrc, 100000);
    EXPECT(wrc == -ECONNRESET || wrc == -EPIPE);
    /* Later calls on the reset socket: errors (or the end), no signal. */
    long again = await ac_write(c, "x", 1);
    EXPECT(again == -EPIPE || again == -ECONNRESET);
    char buf[16];
    long rd = await ac_read(c, buf, sizeof buf);
    EXPECT(rd == 0 || rd == -ECONNRESET || rd == -EPIPE);
    ac_close(c);
  }
  free(data);
  return 0;
}

static void test_peer_reset_tcp(void **state) {
  (void)state;
  RUN(scenario_peer_reset_tcp());
}

/* ---- half-close ---- */

static async int scenario_half_close(void) {
  int sv[2];
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv), 0);
  /* A waiting reader gets the end of the stream. */
  read_log L;
  memset(&L, 0, sizeof L);
  ac_task *t = ac_spawn(reader(sv[1], &L));
  await settle(2);
  EXPECT_EQ(L.done, 0);
  EXPECT_EQ(shutdown(sv[0], SHUT_WR), 0);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(L.rc, 0);
  char buf[16];
  EXPECT_EQ(await ac_read(sv[1], buf, sizeof buf), 0);
  /* The other direction still works. */
  EXPECT_EQ(await ac_write(sv[1], "reply", 5), 5);
  memset(buf, 0, sizeof buf);
  EXPECT_EQ(await ac_read(sv[0], buf, sizeof buf), 5);
  EXPECT_STR(buf, "reply");
  ac_close(sv[0]);
  ac_close(sv[1]);

  /* Data, then the end. */
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
  EXPECT_EQ(await ac_write(sv[0], "abc", 3), 3);
  EXPECT_EQ(shutdown(sv[0], SHUT_WR), 0);
  memset(buf, 0, sizeof buf);
  EXPECT_EQ(await read_full(sv[1], buf, sizeof buf), 3);
  EXPECT_STR(buf, "abc");
  EXPECT_EQ(await ac_recv(sv[1], buf, sizeof buf, 0), 0);
  ac_close(sv[0]);
  ac_close(sv[1]);
  return 0;
}

static void test_half_close(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_half_close());
}

static async int scenario_half_close_tcp(void) {
  int c = -1, s = -1;
  if (await tcp_pair(&c, &s) != 0)
    return 0;
  char buf[32];
  EXPECT_EQ(await ac_write(c, "request", 7), 7);
  EXPECT_EQ(shutdown(c, SHUT_WR), 0);
  memset(buf, 0, sizeof buf);
  EXPECT_EQ(await read_full(s, buf, sizeof buf), 7); /* all, then the end */
  EXPECT_STR(buf, "request");
  EXPECT_EQ(await ac_read(s, buf, sizeof buf), 0);
  EXPECT_EQ(await ac_write(s, "response", 8), 8);
  ac_close(s);
  memset(buf, 0, sizeof buf);
  EXPECT_EQ(await read_full(c, buf, sizeof buf), 8);
  EXPECT_STR(buf, "response");
  ac_close(c);
  return 0;
}

static void test_half_close_tcp(void **state) {
  (void)state;
  RUN(scenario_half_close_tcp());
}

/* ---- regular files are not pollable ---- */

static async int scenario_regular_file(void) {
  char path[] = "/tmp/rt_io_XXXXXX";
  int fd = mkstemp(path);
  EXPECT(fd >= 0);
  unlink(path);
  EXPECT_EQ(await ac_wait_fd(fd, AC_READABLE), -EPERM);
  EXPECT_EQ(await ac_wait_fd(fd, AC_WRITABLE), -EPERM);
  EXPECT_EQ(ac_close(fd), 0);
  return 0;
}

static void test_regular_file(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_regular_file());
}

/* ---- TCP ---- */

static async int echo_upper(int lfd, struct sockaddr_in *peer) {
  unsigned len = sizeof *peer;
  int s = await ac_accept(lfd, (struct sockaddr *)peer, &len);
  EXPECT(s >= 0);
  if (s < 0)
    return s;
  EXPECT(fd_flags_ok(s)); /* made by the runtime: non-blocking, close-on-exec */
  char buf[64];
  long n = await ac_read(s, buf, sizeof buf);
  for (long i = 0; i < n; i++)
    if (buf[i] >= 'a' && buf[i] <= 'z')
      buf[i] = (char)(buf[i] - 'a' + 'A');
  if (n > 0)
    EXPECT_EQ(await ac_write(s, buf, (size_t)n), n);
  ac_close(s);
  return (int)n;
}

static async int tcp_round_trip(int lfd, const char *host, int port) {
  struct sockaddr_in peer;
  memset(&peer, 0, sizeof peer);
  ac_task *srv = ac_spawn(echo_upper(lfd, &peer));
  int c = await ac_tcp_connect(host, port, 5000);
  EXPECT(c >= 0);
  if (c < 0) {
    ac_cancel(srv);
    await ac_join(srv, NULL);
    return c;
  }
  EXPECT(fd_flags_ok(c));
  EXPECT(ac_local_port(c) > 0);
  EXPECT(ac_local_port(c) != port);
  EXPECT_EQ(await ac_write(c, "hello tcp", 9), 9);
  char buf[32];
  memset(buf, 0, sizeof buf);
  EXPECT_EQ(await read_full(c, buf, sizeof buf), 9);
  EXPECT_STR(buf, "HELLO TCP");
  int n = 0;
  EXPECT_EQ(await ac_join(srv, &n), 0);
  EXPECT_EQ(n, 9);
  EXPECT_EQ(peer.sin_family, AF_INET);
  EXPECT_EQ(ntohl(peer.sin_addr.s_addr), INADDR_LOOPBACK);
  EXPECT_EQ(ntohs(peer.sin_port), ac_local_port(c));
  ac_close(c);
  return 0;
}

static async int scenario_tcp(void) {
  int lfd = ac_tcp_listen("127.0.0.1", 0, 16);
  EXPECT(lfd >= 0);
  if (lfd < 0)
    return 0;
  EXPECT(fd_flags_ok(lfd));
  int port = ac_local_port(lfd);
  EXPECT(port > 0 && port < 65536);
  EXPECT_EQ(await tcp_round_trip(lfd, "127.0.0.1", port), 0);
  EXPECT_EQ(await tcp_round_trip(lfd, "localhost", port), 0); /* resolved on the pool */
  /* The port is taken. */
  EXPECT_EQ(ac_tcp_listen("127.0.0.1", port, 4), -EADDRINUSE);
  ac_close(lfd);
  /* Nobody listens there any more. */
  EXPECT_EQ(await ac_tcp_connect("127.0.0.1", port, 5000), -ECONNREFUSED);
  /* NULL: every IPv4 address. */
  lfd = ac_tcp_listen(NULL, 0, 16);
  EXPECT(lfd >= 0);
  port = ac_local_port(lfd);
  EXPECT_EQ(await tcp_round_trip(lfd, "127.0.0.1", port), 0);
  ac_close(lfd);
  return 0;
}

static void test_tcp(void **state) {
  (void)state;
  RUN(scenario_tcp());
}

/* ac_connect's timeout: a listener whose backlog is full lets further
 * connections hang. On the virtual clock the timeout comes at once. */
static async int scenario_connect_timeout(void) {
  int lfd = ac_tcp_listen("127.0.0.1", 0, 0);
  EXPECT(lfd >= 0);
  int port = ac_local_port(lfd);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons((uint16_t)port);
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  int fds[8], nfds = 0, timed_out = 0;
  for (int i = 0; i < 8 && !timed_out; i++) {
    int fd = ac_socket(AF_INET, SOCK_STREAM, 0);
    EXPECT(fd >= 0);
    EXPECT(fd_flags_ok(fd));
    fds[nfds++] = fd;
    long long t0 = ac_now();
    int rc = await ac_connect(fd, (struct sockaddr *)&sa, sizeof sa, 200);
    if (rc == -ETIMEDOUT) {
      timed_out = 1;
      EXPECT_EQ(ac_now() - t0, 200);
    } else {
      EXPECT_EQ(rc, 0); /* queued in the backlog */
    }
  }
  EXPECT(timed_out);
  /* The same through ac_tcp_connect. */
  long long t0 = ac_now();
  EXPECT_EQ(await ac_tcp_connect("127.0.0.1", port, 300), -ETIMEDOUT);
  EXPECT(ac_now() - t0 <= 300);
  for (int i = 0; i < nfds; i++)
    ac_close(fds[i]);
  ac_close(lfd);
  return 0;
}

static void test_connect_timeout(void **state) {
  (void)state;
  long long t0 = rt_real_ms();
  RUN_VIRTUAL(scenario_connect_timeout());
  assert_true(rt_real_ms() - t0 < 5000);
}

/* ---- IPv6 ---- */

static async int scenario_ipv6(void) {
  int lfd = ac_tcp_listen("::1", 0, 16);
  if (lfd == -EADDRNOTAVAIL || lfd == -EAFNOSUPPORT) {
    /* The only accepted reasons to skip: no IPv6 on this machine. */
    fprintf(stderr, "rt_io: IPv6 check skipped: ac_tcp_listen(\"::1\") says %s (no IPv6 loopback here)\n",
            ac_strerror(lfd));
    return 0;
  }
  EXPECT(lfd >= 0);
  if (lfd < 0)
    return 0;
  int port = ac_local_port(lfd);
  EXPECT(port > 0);
  /* With ac_socket and ac_connect. */
  int c = ac_socket(AF_INET6, SOCK_STREAM, 0);
  EXPECT(c >= 0);
  struct sockaddr_in6 sa;
  memset(&sa, 0, sizeof sa);
  sa.sin6_family = AF_INET6;
  sa.sin6_port = htons((uint16_t)port);
  sa.sin6_addr = in6addr_loopback;
  EXPECT_EQ(await ac_connect(c, (struct sockaddr *)&sa, sizeof sa, 5000), 0);
  struct sockaddr_in6 peer;
  unsigned len = sizeof peer;
  int s = await ac_accept(lfd, (struct sockaddr *)&peer, &len);
  EXPECT(s >= 0);
  EXPECT_EQ(peer.sin6_family, AF_INET6);
  EXPECT_EQ(await ac_write(c, "six", 3), 3);
  char buf[8];
  memset(buf, 0, sizeof buf);
  EXPECT_EQ(await read_full(s, buf, 3), 3);
  EXPECT_STR(buf, "six");
  ac_close(s);
  ac_close(c);
  /* With ac_tcp_connect and a numeric IPv6 address. */
  c = await ac_tcp_connect("::1", port, 5000);
  EXPECT(c >= 0);
  if (c >= 0) {
    s = await ac_accept(lfd, NULL, NULL);
    EXPECT(s >= 0);
    EXPECT_EQ(await ac_write(s, "v6", 2), 2);
    memset(buf, 0, sizeof buf);
    EXPECT_EQ(await read_full(c, buf, 2), 2);
    EXPECT_STR(buf, "v6");
    ac_close(s);
    ac_close(c);
  }
  ac_close(lfd);
  return 0;
}

static void test_ipv6(void **state) {
  (void)state;
  RUN(scenario_ipv6());
}

/* ---- Unix sockets ---- */

static async int unix_server(int lfd) {
  int s = await ac_accept(lfd, NULL, NULL);
  EXPECT(s >= 0);
  if (s < 0)
    return s;
  char buf[32];
  long n = await ac_read(s, buf, sizeof buf);
  if (n > 0)
    EXPECT_EQ(await ac_write(s, buf, (size_t)n), n);
  ac_close(s);
  return (int)n;
}

static async int scenario_unix(void) {
  char dir[] = "/tmp/rt_io_unix_XXXXXX";
  EXPECT(mkdtemp(dir) != NULL);
  char path[128];
  snprintf(path, sizeof path, "%s/sock", dir);
  int lfd = ac_unix_listen(path, 8);
  EXPECT(lfd >= 0);
  EXPECT(fd_flags_ok(lfd));
  EXPECT_EQ(ac_unix_listen(path, 8), -EADDRINUSE);
  ac_task *srv = ac_spawn(unix_server(lfd));
  int c = await ac_unix_connect(path);
  EXPECT(c >= 0);
  EXPECT(fd_flags_ok(c));
  EXPECT_EQ(await ac_write(c, "unix!", 5), 5);
  char buf[16];
  memset(buf, 0, sizeof buf);
  EXPECT_EQ(await read_full(c, buf, sizeof buf), 5);
  EXPECT_STR(buf, "unix!");
  int n = 0;
  EXPECT_EQ(await ac_join(srv, &n), 0);
  EXPECT_EQ(n, 5);
  ac_close(c);
  ac_close(lfd);
  unlink(path);
  /* Errors. */
  EXPECT_EQ(await ac_unix_connect(path), -ENOENT);
  char longpath[200];
  memset(longpath, 'a', sizeof longpath - 1);
  longpath[0] = '/';
  longpath[sizeof longpath - 1] = 0;
  EXPECT_EQ(ac_unix_listen(longpath, 8), -EINVAL);
  EXPECT_EQ(await ac_unix_connect(longpath), -EINVAL);
  rmdir(dir);
  return 0;
}

static void test_unix(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_unix());
}

/* ---- out of descriptors in ac_accept ---- */

typedef struct {
  int fd;
  long long at;
  int done;
} accept_log;

static async void emfile_acceptor(int lfd, accept_log *A) {
  A->fd = await ac_accept(lfd, NULL, NULL);
  A->at = rt_real_ms();
  A->done = 1;
}

static int highest_fd(void) {
  int max = 0;
  DIR *d = opendir("/proc/self/fd");
  if (!d)
    return 1023;
  int self = dirfd(d);
  struct dirent *e;
  while ((e = readdir(d)))
    if (e->d_name[0] != '.') {
      int fd = atoi(e->d_name);
      if (fd != self && fd > max)
        max = fd;
    }
  closedir(d);
  return max;
}

static long cpu_ms(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000L + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000;
}

static async int scenario_emfile(void) {
  int lfd = ac_tcp_listen("127.0.0.1", 0, 8);
  EXPECT(lfd >= 0);
  int port = ac_local_port(lfd);
  int cfd = ac_socket(AF_INET, SOCK_STREAM, 0);
  EXPECT(cfd >= 0);
  /* The loop's own descriptors exist before the limit bites. */
  int sv[2];
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
  EXPECT(await ac_wait_fd(sv[0], AC_WRITABLE) > 0);
  ac_close(sv[0]);
  ac_close(sv[1]);

  struct rlimit old;
  EXPECT_EQ(getrlimit(RLIMIT_NOFILE, &old), 0);
  struct rlimit low = old;
  low.rlim_cur = (rlim_t)highest_fd() + 8;
  if (setrlimit(RLIMIT_NOFILE, &low) != 0) {
    /* Under valgrind, whose own descriptors sit near the hard limit. The
     * normal and sanitizer runs always get here. */
    fprintf(stderr, "test_emfile: cannot lower RLIMIT_NOFILE to %llu (%s): scenario not run\n",
            (unsigned long long)low.rlim_cur, strerror(errno));
    ac_close(lfd);
    ac_close(cfd);
    return 0;
  }
  int *fill = malloc(sizeof *fill * (size_t)low.rlim_cur);
  int nfill = 0;
  for (;;) {
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      EXPECT_EQ(errno, EMFILE);
      break;
    }
    if ((rlim_t)nfill == low.rlim_cur) { /* the limit does not work */
      close(fd);
      break;
    }
    fill[nfill++] = fd;
  }
  EXPECT(nfill > 0 && (rlim_t)nfill < low.rlim_cur);

  /* A client connects: the connection waits in the backlog. */
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons((uint16_t)port);
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(await ac_connect(cfd, (struct sockaddr *)&sa, sizeof sa, 5000), 0);
  EXPECT_EQ(await ac_write(cfd, "hi", 2), 2);

  accept_log A;
  memset(&A, 0, sizeof A);
  ac_task *t = ac_spawn(emfile_acceptor(lfd, &A));
  long cpu0 = cpu_ms();
  EXPECT_EQ(await ac_sleep(300), 0);
  long cpu = cpu_ms() - cpu0;
  EXPECT_EQ(A.done, 0); /* no descriptor for it */
  /* Waiting, not spinning: a small part of the 300 ms on the CPU. */
  if (cpu >= 100)
    rt_fail(__FILE__, __LINE__, "ac_accept out of descriptors used %ld ms of CPU in 300 ms", cpu);

  /* Free one with ac_close: the accept goes through at once. */
  long long t_close = rt_real_ms();
  EXPECT_EQ(ac_close(fill[--nfill]), 0);
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT(A.fd >= 0);
  EXPECT(A.at - t_close < 100);
  if (A.fd >= 0) {
    char buf[4] = {0};
    EXPECT_EQ(await read_full(A.fd, buf, 2), 2);
    EXPECT_STR(buf, "hi");
    ac_close(A.fd);
  }
  while (nfill)
    close(fill[--nfill]);
  free(fill);
  EXPECT_EQ(setrlimit(RLIMIT_NOFILE, &old), 0);
  ac_close(cfd);
  ac_close(lfd);
  return 0;
}

static void test_emfile(void **state) {
  (void)state;
  RUN(scenario_emfile());
}

/* ---- accept on descriptors the runtime did not make ---- */

static async void accept_into(int lfd, accept_log *A) {
  A->fd = await ac_accept(lfd, NULL, NULL);
  A->done = 1;
}

static async void ticker(int *ticks, accept_log *A) {
  while (!A->done && *ticks < 1000) {
    await ac_sleep(10);
    (*ticks)++;
  }
}

static void *connect_later(void *arg) {
  int port = *(int *)arg;
  struct timespec ts = {0, 300 * 1000000L};
  nanosleep(&ts, NULL);
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons((uint16_t)port);
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
    close(fd);
    fd = -1;
  }
  return (void *)(intptr_t)fd;
}

/* A blocking listening socket made with socket(2): the accept waits for a
 * connection without blocking the loop (the other tasks run meanwhile). */
static async int scenario_accept_blocking_listener(void) {
  int lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(bind(lfd, (struct sockaddr *)&sa, sizeof sa), 0);
  EXPECT_EQ(listen(lfd, 8), 0);
  static int port;
  port = ac_local_port(lfd);
  EXPECT(port > 0);
  int fl = fcntl(lfd, F_GETFL);
  pthread_t th;
  EXPECT_EQ(pthread_create(&th, NULL, connect_later, &port), 0);
  accept_log A;
  memset(&A, 0, sizeof A);
  int ticks = 0;
  ac_task *tk = ac_spawn(ticker(&ticks, &A));
  ac_task *t = ac_spawn(accept_into(lfd, &A));
  EXPECT_EQ(await ac_join(t, NULL), 0);
  EXPECT_EQ(await ac_join(tk, NULL), 0);
  void *cfd = NULL;
  pthread_join(th, &cfd);
  EXPECT(A.fd >= 0);
  EXPECT((intptr_t)cfd >= 0);
  /* About 30 ticks of 10 ms while the accept waited 300 ms; a loop
   * blocked in accept(2) would have ticked once at most. */
  if (ticks < 5)
    rt_fail(__FILE__, __LINE__, "the loop was blocked during ac_accept: %d ticks of 10 ms in 300 ms", ticks);
  EXPECT_EQ(fcntl(lfd, F_GETFL), fl); /* its flags are left alone */
  if (A.fd >= 0)
    ac_close(A.fd);
  if ((intptr_t)cfd >= 0)
    close((int)(intptr_t)cfd);
  ac_close(lfd);
  return 0;
}

static void test_accept_blocking_listener(void **state) {
  (void)state;
  RUN(scenario_accept_blocking_listener());
}

/* ac_accept on a pipe is an error, not a wait for a connection. */
static async int scenario_accept_pipe(void) {
  int p[2];
  EXPECT_EQ(pipe2(p, O_CLOEXEC), 0);
  accept_log A;
  memset(&A, 0, sizeof A);
  ac_task *t = ac_spawn(accept_into(p[0], &A));
  int rc = await ac_join_timeout(t, 1000, NULL);
  EXPECT_EQ(rc, 0); /* not -ETIMEDOUT */
  EXPECT_EQ(A.fd, -ENOTSOCK);
  ac_close(p[0]);
  ac_close(p[1]);
  return 0;
}

static void test_accept_pipe(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_accept_pipe());
}

/* ---- errors are negative errno values ---- */

static async int scenario_errors(void) {
  int bad = unused_fd();
  char buf[8];
  EXPECT_EQ(await ac_read(-1, buf, sizeof buf), -EBADF);
  EXPECT_EQ(await ac_read(bad, buf, sizeof buf), -EBADF);
  EXPECT_EQ(await ac_write(-1, "x", 1), -EBADF);
  EXPECT_EQ(await ac_write(bad, "x", 1), -EBADF);
  EXPECT_EQ(await ac_recv(bad, buf, sizeof buf, 0), -EBADF);
  EXPECT_EQ(await ac_send(bad, "x", 1, 0), -EBADF);
  EXPECT_EQ(await ac_wait_fd(-1, AC_READABLE), -EBADF);
  EXPECT_EQ(await ac_wait_fd(bad, AC_READABLE), -EBADF);
  EXPECT_EQ(await ac_accept(-1, NULL, NULL), -EBADF);
  EXPECT_EQ(await ac_accept(bad, NULL, NULL), -EBADF);
  EXPECT_EQ(ac_close(-1), -EBADF);
  EXPECT_EQ(ac_close(bad), -EBADF);
  EXPECT_EQ(ac_local_port(bad), -EBADF);
  int p[2];
  EXPECT_EQ(pipe2(p, O_CLOEXEC), 0);
  EXPECT_EQ(ac_local_port(p[0]), -ENOTSOCK);
  ac_close(p[0]);
  ac_close(p[1]);
  char path[] = "/tmp/rt_io_XXXXXX";
  int f = mkstemp(path);
  unlink(path);
  EXPECT_EQ(await ac_accept(f, NULL, NULL), -ENOTSOCK);
  ac_close(f);
  /* accept on a socket that does not listen. */
  int s = ac_socket(AF_INET, SOCK_STREAM, 0);
  EXPECT(s >= 0);
  EXPECT_EQ(await ac_accept(s, NULL, NULL), -EINVAL);
  ac_close(s);
  EXPECT(ac_socket(-1, SOCK_STREAM, 0) < 0);
  EXPECT_EQ(ac_tcp_listen("not an address", 0, 8), -EINVAL);
  EXPECT_EQ(ac_tcp_listen("127.0.0.1", 70000, 8), -EINVAL);
  EXPECT_EQ(ac_tcp_listen("127.0.0.1", -1, 8), -EINVAL);
  EXPECT_EQ(await ac_tcp_connect("127.0.0.1", 70000, 100), -EINVAL);
  EXPECT_EQ(await ac_tcp_connect("127.0.0.1", -5, 100), -EINVAL);
  /* The loop still works. */
  EXPECT_EQ(await ac_sleep(1), 0);
  return 0;
}

static void test_errors(void **state) {
  (void)state;
  RUN_VIRTUAL(scenario_errors());
}

/* ---- nothing is left waiting: a loop where every task waits forever is
 * reported as such (a leaked descriptor waiter would make it block) ---- */

static async int wait_forever(void) {
  ac_event e;
  ac_event_init(&e);
  await ac_event_wait(&e);
  return 0;
}

static void test_no_leftover_waiters(void **state) {
  (void)state;
  int r = 0;
  rt_watch("rt_io.c: test_no_leftover_waiters: the loop blocked, a descriptor waiter was left behind");
  assert_int_equal(ac_run(wait_forever(), &r), -EDEADLK);
  rt_unwatch();
  assert_int_equal(ac_tasks_live(), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_socketpair),
      cmocka_unit_test(test_pipe),
      cmocka_unit_test(test_wait_fd),
      cmocka_unit_test(test_wait_fd_level),
      cmocka_unit_test(test_big_write),
      cmocka_unit_test(test_cancel_io),
      cmocka_unit_test(test_close_wakes),
      cmocka_unit_test(test_peer_gone_unix),
      cmocka_unit_test(test_peer_reset_tcp),
      cmocka_unit_test(test_half_close),
      cmocka_unit_test(test_half_close_tcp),
      cmocka_unit_test(test_regular_file),
      cmocka_unit_test(test_tcp),
      cmocka_unit_test(test_connect_timeout),
      cmocka_unit_test(test_ipv6),
      cmocka_unit_test(test_unix),
      cmocka_unit_test(test_emfile),
      cmocka_unit_test(test_accept_blocking_listener),
      cmocka_unit_test(test_accept_pipe),
      cmocka_unit_test(test_errors),
      cmocka_unit_test(test_no_leftover_waiters),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
