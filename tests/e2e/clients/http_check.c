/* http_check.c - test client of examples/http_server.c.
 *
 *     http_check MODE PORT [ARGS]
 *
 *     load CLIENTS REQS  CLIENTS keep-alive connections open at once, REQS
 *                        requests each, every response compared byte for
 *                        byte with the 79-byte hello response
 *     bytewise           a request sent a byte per segment: no answer before
 *                        its last byte, then the exact response
 *     pipeline           10 requests in one send, answered in order
 *     big BYTES          GET /big?n=BYTES with a small receive buffer, read
 *                        only after a pause (the server waits in its send;
 *                        another client is served meanwhile), then slowly;
 *                        every byte checked; the connection is reused after
 *     reset COUNT        COUNT clients reset in the middle of a big response;
 *                        a new client is served after each
 *     halfclose          two requests, then shutdown(SHUT_WR): both answered,
 *                        then end of file
 *     misc               Connection: close, HTTP/1.0, bodies, 400, 431, 501...
 *
 * Prints "ok MODE ... responses=K" (K: complete responses the server sent,
 * for the count it prints at exit) and exits 0, or "FAIL: ..." and exits 1. */
#include "client.h" /* first: it defines _GNU_SOURCE */
#include <poll.h>
#include <pthread.h>


static const char HELLO[] = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                            "Content-Length: 13\r\n\r\nHello, world\n";
#define HELLO_LEN (sizeof HELLO - 1)
#define GET_ROOT "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"

static int port;

/* ---- reading responses ---- */

struct reader {
  int fd;
  const char *what;
  size_t start, end; /* unread: buf[start, end) */
  char buf[65536];
};

struct response {
  int status;
  long long length; /* Content-Length, -1 if absent */
  int conn_close;   /* "Connection: close" */
  int conn_keep;    /* "Connection: keep-alive" */
};

static struct reader *reader_new(int fd, const char *what) {
  struct reader *r = calloc(1, sizeof *r);
  r->fd = fd;
  r->what = what;
  return r;
}

/* Reads more into the buffer: the count, 0 at end of file. */
static size_t fill(struct reader *r) {
  if (r->start == r->end)
    r->start = r->end = 0;
  if (r->end == sizeof r->buf) {
    memmove(r->buf, r->buf + r->start, r->end - r->start);
    r->end -= r->start;
    r->start = 0;
  }
  ssize_t k;
  do
    k = recv(r->fd, r->buf + r->end, sizeof r->buf - r->end, 0);
  while (k < 0 && errno == EINTR);
  if (k < 0)
    fail("%s: recv: %s", r->what, errno == EAGAIN ? "timed out" : strerror(errno));
  r->end += (size_t)k;
  return (size_t)k;
}

static int header_is(const char *line, const char *name, const char *value) {
  size_t n = strlen(name);
  if (strncasecmp(line, name, n) != 0 || line[n] != ':')
    return 0;
  line += n + 1;
  while (*line == ' ')
    line++;
  return value == NULL || strncasecmp(line, value, strlen(value)) == 0;
}

static void read_head(struct reader *r, struct response *rs) {
  char *e;
  while (!(e = memmem(r->buf + r->start, r->end - r->start, "\r\n\r\n", 4)))
    if (r->end - r->start > 8192 || fill(r) == 0)
      fail("%s: no complete response head (%zu bytes)", r->what, r->end - r->start);
  char head[8192];
  size_t n = (size_t)(e + 2 - (r->buf + r->start));
  memcpy(head, r->buf + r->start, n);
  head[n] = '\0';
  r->start += n + 2;
  if (sscanf(head, "HTTP/1.1 %d ", &rs->status) != 1)
    fail("%s: bad status line: %.40s", r->what, head);
  rs->length = -1;
  rs->conn_close = rs->conn_keep = 0;
  for (char *line = strstr(head, "\r\n") + 2; *line; line = strstr(line, "\r\n") + 2) {
    if (header_is(line, "Content-Length", NULL))
      rs->length = atoll(strchr(line, ':') + 1);
    rs->conn_close |= header_is(line, "Connection", "close");
    rs->conn_keep |= header_is(line, "Connection", "keep-alive");
  }
}

/* Reads n body bytes; each goes to check(offset, byte) or into text. */
static void read_body(struct reader *r, long long n, char *text, size_t text_cap,
                      void (*check)(struct reader *, long long, char)) {
  long long off = 0;
  while (off < n) {
    if (r->start == r->end && fill(r) == 0)
      fail("%s: end of file after %lld of %lld body bytes", r->what, off, n);
    size_t k = r->end - r->start;
    if ((long long)k > n - off)
      k = (size_t)(n - off);
    for (size_t i = 0; i < k; i++) {
      char c = r->buf[r->start + i];
      if (check)
        check(r, off + (long long)i, c);
      else if ((size_t)(off + (long long)i) < text_cap - 1)
        text[off + (long long)i] = c;
    }
    r->start += k;
    off += (long long)k;
  }
  if (text)
    text[n < (long long)text_cap ? n : (long long)text_cap - 1] = '\0';
}

static void check_big_byte(struct reader *r, long long off, char c) {
  if (c != 'a' + off % 26)
    fail("%s: /big byte %lld is %#x", r->what, off, (unsigned char)c);
}

/* Reads one response; expects status, and (unless NULL) the body text. */
static void expect(struct reader *r, int status, const char *body, struct response *out) {
  struct response rs;
  char text[256];
  read_head(r, &rs);
  if (rs.status != status)
    fail("%s: status %d, expected %d", r->what, rs.status, status);
  if (rs.length < 0)
    fail("%s: no Content-Length", r->what);
  if (body) {
    read_body(r, rs.length, text, sizeof text, NULL);
    if (strcmp(text, body) != 0)
      fail("%s: body \"%s\", expected \"%s\"", r->what, text, body);
  }
  if (out)
    *out = rs;
}

static void expect_closed(struct reader *r) {
  if (r->start != r->end)
    fail("%s: %zu unexpected bytes", r->what, r->end - r->start);
  expect_eof(r->fd, r->what);
}

/* A fresh connection: GET / answered with exactly the hello bytes. */
static void hello_once(const char *what) {
  char buf[HELLO_LEN];
  int fd = connect_to(port);
  send_str(fd, GET_ROOT, what);
  recv_exact(fd, buf, HELLO_LEN, what);
  if (memcmp(buf, HELLO, HELLO_LEN) != 0)
    fail("%s: the response differs from the hello bytes", what);
  close(fd);
}

/* ---- load ---- */

static unsigned reqs;
static pthread_barrier_t all_connected;

static void *load_client(void *arg) {
  char what[64], buf[HELLO_LEN];
  snprintf(what, sizeof what, "client %zu", (size_t)arg);
  int fd = connect_to(port);
  pthread_barrier_wait(&all_connected);
  for (unsigned i = 0; i < reqs; i++) {
    send_str(fd, GET_ROOT, what);
    recv_exact(fd, buf, HELLO_LEN, what);
    if (memcmp(buf, HELLO, HELLO_LEN) != 0)
      fail("%s: response %u differs from the hello bytes", what, i);
  }
  close(fd);
  return NULL;
}

static void load(unsigned clients) {
  pthread_t *threads = calloc(clients, sizeof *threads);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 256 * 1024);
  pthread_barrier_init(&all_connected, NULL, clients);
  for (unsigned i = 0; i < clients; i++)
    if (pthread_create(&threads[i], &attr, load_client, (void *)(size_t)i) != 0)
      fail("pthread_create");
  for (unsigned i = 0; i < clients; i++)
    pthread_join(threads[i], NULL);
  printf("ok load: %u clients x %u requests responses=%u\n", clients, reqs, clients * reqs);
  free(threads);
}

/* ---- bytewise ---- */

static void bytewise(void) {
  const char req[] = "GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: bytewise\r\n\r\n";
  char buf[HELLO_LEN];
  int fd = connect_to(port);
  for (size_t i = 0; i < sizeof req - 1; i++) {
    send_all(fd, &req[i], 1, "bytewise");
    sleep_ms(1);
  }
  recv_exact(fd, buf, HELLO_LEN, "bytewise");
  if (memcmp(buf, HELLO, HELLO_LEN) != 0)
    fail("bytewise: the response differs from the hello bytes");
  /* The same split of the terminator, watched closely: nothing may come
   * before its last byte. */
  send_str(fd, "GET / HTTP/1.1\r\n\r", "bytewise");
  struct pollfd p = {.fd = fd, .events = POLLIN};
  if (poll(&p, 1, 100) != 0)
    fail("bytewise: an answer before the head was complete");
  send_str(fd, "\n", "bytewise");
  recv_exact(fd, buf, HELLO_LEN, "bytewise");
  if (memcmp(buf, HELLO, HELLO_LEN) != 0)
    fail("bytewise: the second response differs from the hello bytes");
  close(fd);
  printf("ok bytewise: %zu segments responses=2\n", sizeof req - 1);
}

/* ---- pipeline ---- */

static void pipeline(void) {
  static const char reqs10[] =
      "GET / HTTP/1.1\r\nHost: a\r\n\r\n"
      "GET /nope HTTP/1.1\r\nHost: a\r\n\r\n"
      "HEAD / HTTP/1.1\r\nHost: a\r\n\r\n"
      "GET /big?n=1000 HTTP/1.1\r\nHost: a\r\n\r\n"
      "GET / HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\n"
      "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"
      "GET /big?n=0 HTTP/1.1\r\nHost: a\r\n\r\n"
      "GET /?x=1 HTTP/1.1\r\nHost: a\r\n\r\n"
      "HEAD /big?n=5 HTTP/1.1\r\nHost: a\r\n\r\n"
      "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
  int fd = connect_to(port);
  struct reader *r = reader_new(fd, "pipeline");
  struct response rs;
  send_all(fd, reqs10, sizeof reqs10 - 1, "pipeline");
  expect(r, 200, "Hello, world\n", NULL);
  expect(r, 404, "Not Found\n", NULL);
  expect(r, 200, NULL, &rs); /* HEAD: no body */
  if (rs.length != 13)
    fail("pipeline: HEAD / gave Content-Length %lld", rs.length);
  expect(r, 200, NULL, &rs);
  if (rs.length != 1000)
    fail("pipeline: /big?n=1000 gave Content-Length %lld", rs.length);
  read_body(r, 1000, NULL, 0, check_big_byte);
  expect(r, 200, "Hello, world\n", NULL);
  expect(r, 405, "Method Not Allowed\n", NULL);
  expect(r, 200, "", NULL);
  expect(r, 200, "Hello, world\n", NULL);
  expect(r, 200, NULL, &rs);
  if (rs.length != 5)
    fail("pipeline: HEAD /big?n=5 gave Content-Length %lld", rs.length);
  expect(r, 200, "Hello, world\n", NULL);
  shutdown(fd, SHUT_WR);
  expect_closed(r);
  close(fd);
  free(r);
  printf("ok pipeline: 10 requests in one send, answered in order responses=10\n");
}

/* ---- big ---- */

static void big(long long n) {
  char req[128];
  int fd = try_connect(port, 32768);
  if (fd < 0)
    fail("big: connect: %s", strerror(-fd));
  struct reader *r = reader_new(fd, "big");
  snprintf(req, sizeof req, "GET /big?n=%lld HTTP/1.1\r\nHost: a\r\n\r\n", n);
  send_str(fd, req, "big");
  /* Not reading yet: the server is stuck in its send to us, and serves
   * others meanwhile. */
  sleep_ms(200);
  hello_once("big: another client during the big response");
  struct response rs;
  read_head(r, &rs);
  if (rs.status != 200 || rs.length != n)
    fail("big: status %d, Content-Length %lld", rs.status, rs.length);
  /* Slowly: a pause every 256 KiB, with 4 KiB reads. */
  long long off = 0;
  while (off < n) {
    if (r->start == r->end) {
      ssize_t k = recv(fd, r->buf, 4096, 0);
      if (k <= 0)
        fail("big: %s after %lld of %lld bytes", k ? strerror(errno) : "end of file", off, n);
      r->start = 0;
      r->end = (size_t)k;
      if ((off + k) / 262144 != off / 262144)
        sleep_ms(2);
    }
    size_t k = r->end - r->start;
    if ((long long)k > n - off)
      k = (size_t)(n - off);
    for (size_t i = 0; i < k; i++)
      check_big_byte(r, off + (long long)i, r->buf[r->start + i]);
    r->start += k;
    off += (long long)k;
  }
  /* The connection is still good. */
  send_str(fd, GET_ROOT, "big");
  expect(r, 200, "Hello, world\n", NULL);
  close(fd);
  free(r);
  printf("ok big: %lld bytes, read slowly responses=3\n", n);
}

/* ---- reset ---- */

static void reset(unsigned count) {
  for (unsigned i = 0; i < count; i++) {
    int fd = try_connect(port, 32768);
    if (fd < 0)
      fail("reset: connect: %s", strerror(-fd));
    struct reader *r = reader_new(fd, "reset");
    send_str(fd, "GET /big?n=500000000 HTTP/1.1\r\nHost: a\r\n\r\n", "reset");
    struct response rs;
    read_head(r, &rs);
    if (rs.status != 200)
      fail("reset: status %d", rs.status);
    read_body(r, 100000, NULL, 0, check_big_byte);
    close_reset(fd);
    free(r);
    hello_once("reset: a client after the reset");
  }
  printf("ok reset: %u resets in big responses responses=%u\n", count, count);
}

/* ---- halfclose ---- */

static void halfclose(void) {
  int fd = connect_to(port);
  struct reader *r = reader_new(fd, "halfclose");
  send_str(fd, GET_ROOT "GET /big?n=100000 HTTP/1.1\r\nHost: a\r\n\r\n", "halfclose");
  shutdown(fd, SHUT_WR);
  expect(r, 200, "Hello, world\n", NULL);
  struct response rs;
  expect(r, 200, NULL, &rs);
  read_body(r, rs.length, NULL, 0, check_big_byte);
  expect_closed(r);
  close(fd);
  free(r);
  printf("ok halfclose: both answered, then end of file responses=2\n");
}

/* ---- misc ---- */

static int misc_responses;

/* Sends req on a fresh connection; expects status, body, and whether the
 * server then closes. */
static void one(const char *what, const char *req, int status, const char *body, int closes) {
  int fd = connect_to(port);
  struct reader *r = reader_new(fd, what);
  struct response rs;
  send_str(fd, req, what);
  expect(r, status, body, &rs);
  misc_responses++;
  if (closes && !rs.conn_close)
    fail("%s: no \"Connection: close\"", what);
  if (closes) {
    expect_closed(r);
  } else {
    send_str(fd, GET_ROOT, what); /* still open */
    expect(r, 200, "Hello, world\n", NULL);
    misc_responses++;
  }
  close(fd);
  free(r);
}

static void misc(void) {
  one("404", "GET /missing HTTP/1.1\r\n\r\n", 404, "Not Found\n", 0);
  one("close", "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", 200, "Hello, world\n", 1);
  one("close, any case", "GET / HTTP/1.1\r\nCONNECTION: Upgrade, CLOSE\r\n\r\n", 200,
      "Hello, world\n", 1);
  one("HTTP/1.0", "GET / HTTP/1.0\r\n\r\n", 200, "Hello, world\n", 1);
  one("garbage", "hello there\r\n\r\n", 400, "Bad Request\n", 1);
  one("bad version", "GET / HTTP/2.0\r\n\r\n", 400, "Bad Request\n", 1);
  one("bad request line", "GET  / HTTP/1.1\r\n\r\n", 400, "Bad Request\n", 1);
  one("bad header", "GET / HTTP/1.1\r\nno colon here\r\n\r\n", 400, "Bad Request\n", 1);
  one("folded header", "GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n", 400, "Bad Request\n", 1);
  one("chunked", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 501, "Not Implemented\n", 1);
  one("bad /big", "GET /big?n=abc HTTP/1.1\r\n\r\n", 400, "Bad Request\n", 0);

  /* HTTP/1.0 keep-alive is answered as such and honoured. */
  {
    int fd = connect_to(port);
    struct reader *r = reader_new(fd, "HTTP/1.0 keep-alive");
    struct response rs;
    for (int i = 0; i < 2; i++) {
      send_str(fd, "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", r->what);
      expect(r, 200, "Hello, world\n", &rs);
      if (!rs.conn_keep)
        fail("HTTP/1.0 keep-alive: no \"Connection: keep-alive\"");
      misc_responses++;
    }
    close(fd);
    free(r);
  }

  /* A body arriving in pieces is skipped, then the next request answered. */
  {
    int fd = connect_to(port);
    struct reader *r = reader_new(fd, "split body");
    send_str(fd, "PUT /x HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello", r->what);
    sleep_ms(20);
    send_str(fd, " world" GET_ROOT, r->what);
    expect(r, 405, "Method Not Allowed\n", NULL);
    expect(r, 200, "Hello, world\n", NULL);
    misc_responses += 2;
    close(fd);
    free(r);
  }

  /* A head larger than 16 KiB: 431, then the connection is closed
   * gracefully (the rest of what we sent is read, not reset). */
  {
    static char req[20000 + 64];
    strcpy(req, "GET / HTTP/1.1\r\nX-Big: ");
    size_t n = strlen(req);
    memset(req + n, 'x', 20000);
    strcpy(req + n + 20000, "\r\n\r\n");
    int fd = connect_to(port);
    struct reader *r = reader_new(fd, "431");
    send_str(fd, req, r->what);
    expect(r, 431, "Request Header Fields Too Large\n", NULL);
    expect_closed(r);
    misc_responses++;
    close(fd);
    free(r);
  }

  /* "Connection: close" with more pipelined behind it: the rest is not
   * answered, and the close is graceful (end of file, not a reset). */
  {
    int fd = connect_to(port);
    struct reader *r = reader_new(fd, "close, pipelined");
    send_str(fd, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n" GET_ROOT GET_ROOT, r->what);
    expect(r, 200, "Hello, world\n", NULL);
    expect_closed(r);
    misc_responses++;
    close(fd);
    free(r);
  }
  printf("ok misc responses=%d\n", misc_responses);
}

int main(int argc, char **argv) {
  if (argc < 3)
    fail("usage: http_check MODE PORT [ARGS]");
  const char *mode = argv[1];
  port = atoi(argv[2]);
  if (!strcmp(mode, "load") && argc == 5) {
    reqs = (unsigned)atoi(argv[4]);
    load((unsigned)atoi(argv[3]));
  } else if (!strcmp(mode, "bytewise") && argc == 3) {
    bytewise();
  } else if (!strcmp(mode, "pipeline") && argc == 3) {
    pipeline();
  } else if (!strcmp(mode, "big") && argc == 4) {
    big(atoll(argv[3]));
  } else if (!strcmp(mode, "reset") && argc == 4) {
    reset((unsigned)atoi(argv[3]));
  } else if (!strcmp(mode, "halfclose") && argc == 3) {
    halfclose();
  } else if (!strcmp(mode, "misc") && argc == 3) {
    misc();
  } else {
    fail("http_check: bad arguments");
  }
  return 0;
}
