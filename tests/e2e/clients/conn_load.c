/* conn_load.c - connection-level load on the example servers, for the
 * load and fault tests (tests/e2e/load.sh, scripts/load.sh). Loopback only,
 * plain C, independent of the runtime under test. PROTO is "echo" (a line
 * echoed back) or "http" (GET / answered 200).
 *
 *   conn_load burst PORT PROTO TOTAL BATCH
 *     TOTAL connections opened BATCH at a time: in a batch every other one
 *     sends a request and checks the answer, the rest close unused; then
 *     the batch is closed. Prints the connections per second.
 *   conn_load idle PORT PROTO N KEEP
 *     opens N connections and holds them idle; prints "holding N" and
 *     waits for a line (or end of file) on stdin; then closes all but the
 *     last KEEP, and checks that each of those is still open and answers a
 *     request (those that waited in the backlog are answered once the
 *     server has descriptors again).
 *   conn_load reset PORT PROTO N BATCH
 *     N connections, BATCH at a time, that reset (RST) with a request half
 *     sent, or a whole request sent and its answer unread, or (echo) 64 KB
 *     in flight. Then one request on a fresh connection must be answered.
 *
 * Exit status 0 when every check passed; "FAIL: ..." and 1 otherwise. */
#include "client.h"

#include <poll.h>

static int port;
static int http;

static const char HTTP_REQ[] = "GET / HTTP/1.1\r\nHost: load\r\n\r\n";

/* Sends one request on fd. */
static void request(int fd, const char *what) {
  if (http)
    send_str(fd, HTTP_REQ, what);
  else
    send_str(fd, "ping\n", what);
}

/* Reads one answer to request() on fd: fails unless it is complete. */
static void answer(int fd, const char *what) {
  if (!http) {
    char buf[5];
    recv_exact(fd, buf, 5, what);
    if (memcmp(buf, "ping\n", 5) != 0)
      fail("%s: echo differs", what);
    return;
  }
  char head[4096];
  size_t n = 0;
  while (n < sizeof head - 1) {
    ssize_t k = recv(fd, head + n, 1, 0); /* byte by byte: no read past the head */
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      fail("%s: response head: %s", what, k < 0 ? strerror(errno) : "end of file");
    n++;
    if (n >= 4 && memcmp(head + n - 4, "\r\n\r\n", 4) == 0)
      break;
  }
  head[n] = 0;
  if (strncmp(head, "HTTP/1.1 200 ", 13) != 0)
    fail("%s: status line \"%.40s\"", what, head);
  const char *cl = strcasestr(head, "\r\nContent-Length:");
  if (!cl)
    fail("%s: no Content-Length", what);
  long len = atol(cl + 17);
  char body[4096];
  if (len < 0 || len > (long)sizeof body)
    fail("%s: Content-Length %ld", what, len);
  recv_exact(fd, body, (size_t)len, what);
}

static double seconds_since(long long t0) { return (double)(now_ms() - t0) / 1000.0; }

static void burst(int total, int batch) {
  int *fds = malloc(sizeof *fds * (size_t)batch);
  long long t0 = now_ms();
  int served = 0, unused = 0;
  for (int done = 0; done < total; done += batch) {
    int n = total - done < batch ? total - done : batch;
    for (int i = 0; i < n; i++)
      fds[i] = connect_to(port);
    for (int i = 0; i < n; i += 2)
      request(fds[i], "burst request");
    for (int i = 1; i < n; i += 2) { /* opened and closed unused */
      close(fds[i]);
      unused++;
    }
    for (int i = 0; i < n; i += 2) {
      answer(fds[i], "burst answer");
      close(fds[i]);
      served++;
    }
  }
  double s = seconds_since(t0);
  printf("burst: %d connections (%d answered, %d closed unused) in batches of %d: %.2f s, %.0f connections/s\n",
         total, served, unused, batch, s, total / (s > 0 ? s : 1e-3));
  free(fds);
}

static void idle(int n, int keep) {
  int *fds = malloc(sizeof *fds * (size_t)n);
  long long t0 = now_ms();
  for (int i = 0; i < n; i++) {
    fds[i] = try_connect(port, 0);
    if (fds[i] < 0)
      fail("idle: connection %d of %d: %s", i + 1, n, strerror(-fds[i]));
  }
  printf("holding %d (opened in %.2f s)\n", n, seconds_since(t0));
  fflush(stdout);
  char line[64];
  if (!fgets(line, sizeof line, stdin)) { /* end of file: go on as well */
  }
  for (int i = 0; i < n - keep; i++)
    close(fds[i]);
  t0 = now_ms();
  int closed = 0;
  for (int i = n - keep; i < n; i++) {
    struct pollfd p = {fds[i], POLLIN, 0};
    if (poll(&p, 1, 0) > 0) /* an idle connection has nothing to read */
      closed++;
  }
  if (closed)
    fail("idle: %d of %d held connections were closed or written to by the server", closed, keep);
  for (int i = n - keep; i < n; i++) /* all requests first: the server answers them concurrently */
    request(fds[i], "idle request");
  for (int i = n - keep; i < n; i++) {
    answer(fds[i], "idle answer");
    close(fds[i]);
  }
  printf("idle: %d held, %d closed, %d kept all answered in %.2f s\n", n, n - keep, keep, seconds_since(t0));
  free(fds);
}

static void reset(int total, int batch) {
  static char big[65536];
  memset(big, 'x', sizeof big);
  big[sizeof big - 1] = '\n';
  int *fds = malloc(sizeof *fds * (size_t)batch);
  int kinds[3] = {0, 0, 0};
  long long t0 = now_ms();
  for (int done = 0; done < total; done += batch) {
    int n = total - done < batch ? total - done : batch;
    for (int i = 0; i < n; i++) {
      fds[i] = connect_to(port);
      int kind = (done + i) % 3;
      kinds[kind]++;
      if (kind == 0) /* half a request */
        send_str(fds[i], http ? "GET / HTTP/1.1\r\nHost: lo" : "half a li", "reset: half");
      else if (kind == 1) /* a whole request, its answer not read */
        request(fds[i], "reset: whole");
      else if (http) /* several requests pipelined */
        for (int j = 0; j < 20; j++)
          request(fds[i], "reset: pipelined");
      else /* more than the socket buffers hold, in flight both ways */
        send(fds[i], big, sizeof big, MSG_NOSIGNAL | MSG_DONTWAIT);
    }
    if (done % (batch * 2) == 0)
      sleep_ms(5); /* some resets once the server has read, some before */
    for (int i = 0; i < n; i++)
      close_reset(fds[i]);
  }
  double s = seconds_since(t0);
  int fd = connect_to(port);
  request(fd, "after the resets");
  answer(fd, "after the resets");
  close(fd);
  printf("reset: %d connections reset (%d half a request, %d answer unread, %d %s) in %.2f s; served afterwards\n",
         total, kinds[0], kinds[1], kinds[2], http ? "20 pipelined" : "64 KB in flight", s);
  free(fds);
}

int main(int argc, char **argv) {
  if (argc != 6 || (strcmp(argv[3], "echo") && strcmp(argv[3], "http"))) {
    fprintf(stderr, "usage: conn_load burst|idle|reset PORT echo|http N M\n");
    return 2;
  }
  port = atoi(argv[2]);
  http = !strcmp(argv[3], "http");
  int a = atoi(argv[4]), b = atoi(argv[5]);
  if (a <= 0 || b <= 0)
    fail("bad counts");
  if (!strcmp(argv[1], "burst"))
    burst(a, b);
  else if (!strcmp(argv[1], "idle") && b <= a)
    idle(a, b);
  else if (!strcmp(argv[1], "reset"))
    reset(a, b);
  else
    fail("bad mode %s", argv[1]);
  return 0;
}
