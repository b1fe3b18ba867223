/* chat_check.c - test client of examples/chat_server.c (a fresh server).
 *
 *     chat_check PORT
 *
 * One scenario, from a single thread:
 *   - A, B and C join; each gets its name, the others see it join;
 *   - lines from each reach the two others exactly (CRLF, several lines in
 *     one send, a line split across sends), never their sender;
 *   - D joins with a tiny receive buffer and never reads, while A sends
 *     rounds of 32 long lines that B and C read after each round: D is
 *     disconnected (its queue is full) and the others see it leave, but
 *     lose nothing; D finds its connection closed, having missed lines;
 *   - C closes, B resets: the rest goes on.
 * Prints "ok ..." and exits 0, or "FAIL: ..." and exits 1. */
#include "client.h" /* first: it defines _GNU_SOURCE */

enum { ROUND = 32, MAX_ROUNDS = 2000, PAD = 900 };

struct peer {
  const char *name; /* "A".. */
  int fd;
  unsigned id;      /* the server's userN */
  size_t start, end;
  char buf[8192];
  int saw_d_left;   /* "* user<D> left" went by */
};

static unsigned d_id; /* D's number, once it has joined */

/* The next line (without "\n"), or NULL at end of file. */
static char *next_line(struct peer *p, char *line, size_t cap) {
  for (;;) {
    char *nl = memchr(p->buf + p->start, '\n', p->end - p->start);
    if (nl) {
      size_t n = (size_t)(nl - (p->buf + p->start));
      if (n >= cap)
        fail("%s: line of %zu bytes", p->name, n);
      memcpy(line, p->buf + p->start, n);
      line[n] = '\0';
      p->start += n + 1;
      return line;
    }
    if (p->start > 0) {
      memmove(p->buf, p->buf + p->start, p->end - p->start);
      p->end -= p->start;
      p->start = 0;
    }
    if (p->end == sizeof p->buf)
      fail("%s: line too long", p->name);
    ssize_t k = recv(p->fd, p->buf + p->end, sizeof p->buf - p->end, 0);
    if (k < 0 && errno == EINTR)
      continue;
    if (k < 0)
      fail("%s: recv: %s", p->name, errno == EAGAIN ? "timed out" : strerror(errno));
    if (k == 0)
      return NULL;
    p->end += (size_t)k;
  }
}

/* Expects the next line to be want; D's departure may come in between
 * (it is noted). */
static void expect_line(struct peer *p, const char *want) {
  char line[2048], left[64];
  snprintf(left, sizeof left, "* user%u left", d_id);
  for (;;) {
    if (!next_line(p, line, sizeof line))
      fail("%s: end of file, expected \"%.60s\"", p->name, want);
    if (d_id && strcmp(line, left) == 0 && strcmp(want, left) != 0) {
      p->saw_d_left = 1;
      continue;
    }
    if (strcmp(line, want) != 0)
      fail("%s: got \"%.60s\", expected \"%.60s\"", p->name, line, want);
    return;
  }
}

static void expectf(struct peer *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void expectf(struct peer *p, const char *fmt, ...) {
  char want[2048];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(want, sizeof want, fmt, ap);
  va_end(ap);
  expect_line(p, want);
}

static void join(struct peer *p, const char *name, int port, int rcvbuf) {
  char line[256];
  memset(p, 0, sizeof *p);
  p->name = name;
  p->fd = try_connect(port, rcvbuf);
  if (p->fd < 0)
    fail("%s: connect: %s", name, strerror(-p->fd));
  if (!next_line(p, line, sizeof line) || sscanf(line, "* you are user%u", &p->id) != 1)
    fail("%s: no greeting", name);
}

int main(int argc, char **argv) {
  if (argc != 2)
    fail("usage: chat_check PORT");
  int port = atoi(argv[1]);
  static struct peer a, b, c, d;

  join(&a, "A", port, 0);
  join(&b, "B", port, 0);
  expectf(&a, "* user%u joined", b.id);
  join(&c, "C", port, 0);
  expectf(&a, "* user%u joined", c.id);
  expectf(&b, "* user%u joined", c.id);

  send_str(a.fd, "hello from A\n", "A");
  send_str(b.fd, "hi from B\r\n", "B");
  send_str(c.fd, "one\ntwo\n\nthr", "C"); /* the empty line is ignored */
  sleep_ms(20);
  send_str(c.fd, "ee\n", "C");
  expectf(&b, "user%u: hello from A", a.id);
  expectf(&c, "user%u: hello from A", a.id);
  expectf(&a, "user%u: hi from B", b.id);
  expectf(&c, "user%u: hi from B", b.id);
  for (const char *w = "one\0two\0three\0"; *w; w += strlen(w) + 1) {
    expectf(&a, "user%u: %s", c.id, w);
    expectf(&b, "user%u: %s", c.id, w);
  }

  /* D never reads: flooding it makes the server disconnect it. */
  join(&d, "D", port, 4096);
  d_id = d.id;
  expectf(&a, "* user%u joined", d.id);
  expectf(&b, "* user%u joined", d.id);
  expectf(&c, "* user%u joined", d.id);
  char line[2048], pad[PAD + 1];
  memset(pad, 'x', PAD);
  pad[PAD] = '\0';
  int rounds = 0;
  while (!(b.saw_d_left && c.saw_d_left)) {
    if (++rounds > MAX_ROUNDS)
      fail("D was never disconnected (%d rounds of %d lines)", MAX_ROUNDS, ROUND);
    char batch[ROUND * (PAD + 32)];
    size_t n = 0;
    for (int i = 0; i < ROUND; i++)
      n += (size_t)sprintf(batch + n, "r%d-%d %s\n", rounds, i, pad);
    send_all(a.fd, batch, n, "A");
    for (int i = 0; i < ROUND; i++) {
      expectf(&b, "user%u: r%d-%d %s", a.id, rounds, i, pad);
      expectf(&c, "user%u: r%d-%d %s", a.id, rounds, i, pad);
    }
  }
  expectf(&a, "* user%u left", d.id);
  /* D was cut off: it finds the end of its connection after fewer lines
   * than were sent. */
  int got = 0;
  while (next_line(&d, line, sizeof line))
    got += line[0] == 'u';
  if (got >= rounds * ROUND)
    fail("D got all %d lines yet was disconnected", got);
  close(d.fd);

  /* C leaves politely, B abruptly; A and B, then A alone, carry on. */
  close(c.fd);
  expectf(&a, "* user%u left", c.id);
  expectf(&b, "* user%u left", c.id);
  send_str(a.fd, "still here\n", "A");
  expectf(&b, "user%u: still here", a.id);
  close_reset(b.fd);
  expectf(&a, "* user%u left", b.id);
  close(a.fd);
  printf("ok chat: 4 clients; D disconnected after %d rounds of %d lines, %d of them received\n",
         rounds, ROUND, got);
  return 0;
}
