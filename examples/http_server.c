/* http_server.c - an HTTP/1.1 server with keep-alive and pipelining, one
 * task per connection.
 *
 *     http_server [port]        port 0 (the default): an ephemeral port
 *
 * Listens on 127.0.0.1 and prints "listening on port N" once it accepts
 * connections. Routes:
 *
 *     GET /             "Hello, world\n" as text/plain (the 79 bytes of
 *                       bench/http/epoll.c, so benchmarks compare like
 *                       with like)
 *     GET /big?n=BYTES  BYTES bytes of 'a'..'z' repeated (streamed in
 *                       chunks, whatever the size)
 *     anything else     404; methods other than GET and HEAD get 405
 *
 * Request heads end with an empty line ("\r\n\r\n") and may arrive split
 * across reads or several in one read (pipelining): every complete request
 * in the buffer is answered, in order, and the responses of one read go
 * out in one write. A head larger than the 16 KiB input buffer gets 431,
 * a malformed one 400, a request body (Content-Length) is read and
 * ignored, a chunked one gets 501. "Connection: close" (and HTTP/1.0
 * without "Connection: keep-alive") closes the connection after the
 * response. Idle keep-alive connections stay open until the client closes
 * them (a server facing the internet would also time them out).
 *
 * On SIGINT or SIGTERM it stops and prints, like the peers in bench/http,
 *
 *     cpu_us=<user+sys CPU time in µs, getrusage(RUSAGE_SELF)> requests=<responses sent>
 *
 * then exits 0 ("sent": whole responses written to a socket).
 *
 * Costs per request, since it is benchmarked (bench/http.sh): no malloc
 * (a connection's buffers are locals of its task, so they live in the
 * task's frame, allocated once per connection; the frames of the calls it
 * awaits come from the runtime's per-thread pools), one scan of the input
 * and, for the hello route, one memcpy; one send per batch of pipelined
 * requests. */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>

enum {
  IN_CAP = 16384,          /* input buffer: the largest request head */
  OUT_CAP = 16384,         /* responses gathered before a send */
  SMALL_MAX = 512,         /* room for any response but /big's body */
  BIG_CHUNK = 26 * 2520,   /* /big's body is sent in 65520-byte chunks */
  LINGER_MS = 1000,        /* how long a closing connection drains input */
};
#define BIG_MAX 1000000000000LL /* /big?n= above this is refused */

static const char HELLO[] = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                            "Content-Length: 13\r\n\r\nHello, world\n";
#define HELLO_LEN (sizeof HELLO - 1)

/* Whole periods of the alphabet, so each chunk of /big starts with 'a'. */
static char big_chunk[BIG_CHUNK];
static unsigned long long responses; /* whole responses written */

/* ---- request heads (plain C: nothing here waits) ---- */

enum { M_GET, M_HEAD, M_OTHER };

struct request {
  int method;
  const char *path, *query; /* the target, split at '?' (query: NULL if none) */
  size_t path_len, query_len;
  int http10;               /* HTTP/1.0 (else 1.1) */
  int keep_alive;           /* the connection stays open after the response */
  long long body_len;       /* Content-Length: bytes to read and discard */
};

/* RFC 9110 token characters (method and header names). */
static int is_tchar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (c && strchr("!#$%&'*+-.^_`|~", c));
}

static int name_is(const char *s, size_t n, const char *name) {
  return strlen(name) == n && strncasecmp(s, name, n) == 0;
}

/* Digits only, at most 15 of them: the value, or -1. */
static long long parse_length(const char *s, size_t n) {
  if (n == 0 || n > 15)
    return -1;
  long long v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/* Parses the head p[0, len), which ends with "\r\n\r\n", into rq: 0, or
 * the status of the error response (400 malformed, 501 chunked body). */
static int parse_head(const char *p, size_t len, struct request *rq) {
  const char *head_end = p + len - 2; /* the empty line's CRLF */
  const char *eol = memmem(p, len, "\r\n", 2);

  /* Request line: METHOD SP target SP HTTP/1.x */
  const char *sp = memchr(p, ' ', (size_t)(eol - p));
  if (!sp || sp == p)
    return 400;
  for (const char *q = p; q < sp; q++)
    if (!is_tchar((unsigned char)*q))
      return 400;
  rq->method = sp - p == 3 && !memcmp(p, "GET", 3)    ? M_GET
               : sp - p == 4 && !memcmp(p, "HEAD", 4) ? M_HEAD
                                                      : M_OTHER;
  const char *target = sp + 1;
  sp = memchr(target, ' ', (size_t)(eol - target));
  if (!sp || *target != '/')
    return 400;
  for (const char *q = target; q < sp; q++)
    if ((unsigned char)*q <= ' ' || *q == 0x7f)
      return 400;
  const char *qmark = memchr(target, '?', (size_t)(sp - target));
  rq->path = target;
  rq->path_len = (size_t)((qmark ? qmark : sp) - target);
  rq->query = qmark ? qmark + 1 : NULL;
  rq->query_len = qmark ? (size_t)(sp - qmark - 1) : 0;
  if (eol - sp - 1 != 8 || memcmp(sp + 1, "HTTP/1.", 7) || (sp[8] != '0' && sp[8] != '1'))
    return 400;
  rq->http10 = sp[8] == '0';

  /* Header lines: name ":" OWS value OWS. Only three names matter here. */
  int close = 0, keep = 0;
  rq->body_len = 0;
  for (const char *line = eol + 2; line < head_end; line = eol + 2) {
    eol = memmem(line, (size_t)(head_end + 2 - line), "\r\n", 2);
    const char *colon = memchr(line, ':', (size_t)(eol - line));
    if (!colon || colon == line)
      return 400;
    for (const char *q = line; q < colon; q++)
      if (!is_tchar((unsigned char)*q))
        return 400; /* also refuses obsolete line folding */
    const char *v = colon + 1, *v_end = eol;
    for (const char *q = v; q < v_end; q++)
      if (*q == '\r' || *q == '\n' || *q == '\0')
        return 400;
    while (v < v_end && (*v == ' ' || *v == '\t'))
      v++;
    while (v_end > v && (v_end[-1] == ' ' || v_end[-1] == '\t'))
      v_end--;
    size_t name_len = (size_t)(colon - line);
    if (name_is(line, name_len, "connection")) {
      /* A comma-separated list of options. */
      for (const char *t = v; t < v_end;) {
        const char *t_end = memchr(t, ',', (size_t)(v_end - t));
        if (!t_end)
          t_end = v_end;
        const char *a = t, *b = t_end;
        while (a < b && (*a == ' ' || *a == '\t'))
          a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
          b--;
        close |= name_is(a, (size_t)(b - a), "close");
        keep |= name_is(a, (size_t)(b - a), "keep-alive");
        t = t_end + 1;
      }
    } else if (name_is(line, name_len, "content-length")) {
      long long n = parse_length(v, (size_t)(v_end - v));
      if (n < 0 || (rq->body_len && rq->body_len != n))
        return 400;
      rq->body_len = n;
    } else if (name_is(line, name_len, "transfer-encoding")) {
      return 501;
    }
  }
  rq->keep_alive = !close && (!rq->http10 || keep);
  return 0;
}

/* /big's n: the value of the query parameter n, or -1. */
static long long big_size(const struct request *rq) {
  const char *q = rq->query, *end = q + rq->query_len;
  while (q && q < end) {
    const char *amp = memchr(q, '&', (size_t)(end - q));
    const char *p_end = amp ? amp : end;
    if (p_end - q > 2 && q[0] == 'n' && q[1] == '=') {
      long long n = parse_length(q + 2, (size_t)(p_end - q - 2));
      return n <= BIG_MAX ? n : -1;
    }
    q = amp ? amp + 1 : NULL;
  }
  return -1;
}

static const char *reason(int status) {
  switch (status) {
  case 200: return "OK";
  case 400: return "Bad Request";
  case 404: return "Not Found";
  case 405: return "Method Not Allowed";
  case 431: return "Request Header Fields Too Large";
  case 501: return "Not Implemented";
  default: return "Internal Server Error";
  }
}

/* Writes a response head to out (SMALL_MAX bytes of room); returns its
 * length. HTTP/1.1 keeps connections open unless told; 1.0 is told. */
static size_t put_head(char *out, int status, const char *type, long long length,
                       const struct request *rq, int keep_alive) {
  const char *conn = !keep_alive ? "Connection: close\r\n"
                     : rq && rq->http10 ? "Connection: keep-alive\r\n"
                                        : "";
  int n = snprintf(out, SMALL_MAX, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %lld\r\n%s%s\r\n",
                   status, reason(status), type, length, status == 405 ? "Allow: GET, HEAD\r\n" : "",
                   conn);
  return (size_t)n;
}

/* A complete small response with the reason phrase as its text body. */
static size_t put_status(char *out, int status, const struct request *rq, int keep_alive) {
  const char *text = reason(status);
  size_t n = put_head(out, status, "text/plain", (long long)strlen(text) + 1, rq, keep_alive);
  if (!rq || rq->method != M_HEAD)
    n += (size_t)sprintf(out + n, "%s\n", text);
  return n;
}

/* ---- connections ---- */

/* A connection's state: a local of its task, so it lives in the frame. */
struct conn {
  int fd;
  size_t in_len;   /* bytes in in[] */
  size_t scan;     /* where the search for the next head's end resumes */
  size_t out_len;  /* bytes in out[] ... */
  unsigned queued; /* ... making up this many responses */
  long long skip;  /* request body bytes still to discard */
  char in[IN_CAP];
  char out[OUT_CAP];
};

/* Sends the gathered responses: 0 or a negative errno. */
static async int flush(struct conn *c) {
  if (c->out_len == 0)
    return 0;
  long n = await ac_send(c->fd, c->out, c->out_len, 0);
  if (n < 0)
    return (int)n;
  responses += c->queued;
  c->out_len = 0;
  c->queued = 0;
  return 0;
}

/* /big's body, after its head has been flushed. */
static async int send_big(int fd, long long n) {
  while (n > 0) {
    size_t k = n < BIG_CHUNK ? (size_t)n : BIG_CHUNK;
    long rc = await ac_send(fd, big_chunk, k, 0);
    if (rc < 0)
      return (int)rc;
    n -= (long long)k;
  }
  return 0;
}

/* Reads and discards until the peer closes (or an error, or cancellation). */
static async int drain_input(int fd) {
  char sink[4096];
  for (;;) {
    long n = await ac_recv(fd, sink, sizeof sink, 0);
    if (n <= 0)
      return (int)n;
  }
}

/* Closes a connection on which the client may still be sending (after
 * "Connection: close" or an error): our side first, so the response is
 * followed by a FIN, then whatever arrives is read for up to LINGER_MS.
 * Closing with unread input would reset the connection instead, and the
 * client could lose the response. */
static async void close_lingering(int fd) {
  shutdown(fd, SHUT_WR);
  ac_task *drain = ac_spawn(drain_input(fd));
  int rc;
  await ac_join_timeout(drain, LINGER_MS, &rc); /* at the deadline it is cancelled */
  ac_close(fd);
}

/* Answers the request whose head is c->in[head, head + len); may flush.
 * Returns 1 to go on with the connection, 0 to close it, or a negative
 * errno (the connection is dead). */
static async int answer(struct conn *c, size_t head, size_t len) {
  struct request rq;
  int status = parse_head(c->in + head, len, &rq);
  if (c->out_len + SMALL_MAX > OUT_CAP) {
    int rc = await flush(c);
    if (rc < 0)
      return rc;
  }
  char *out = c->out + c->out_len;
  if (status) {
    c->out_len += put_status(out, status, NULL, 0);
    c->queued++;
    return 0;
  }
  c->skip = rq.body_len;
  if (rq.method == M_OTHER) {
    c->out_len += put_status(out, 405, &rq, rq.keep_alive);
  } else if (rq.path_len == 1) { /* "/" */
    if (rq.keep_alive && !rq.http10 && rq.method == M_GET) {
      memcpy(out, HELLO, HELLO_LEN); /* the benchmark's case */
      c->out_len += HELLO_LEN;
    } else {
      size_t n = put_head(out, 200, "text/plain", 13, &rq, rq.keep_alive);
      if (rq.method == M_GET)
        n += (size_t)sprintf(out + n, "Hello, world\n");
      c->out_len += n;
    }
  } else if (rq.path_len == 4 && memcmp(rq.path, "/big", 4) == 0) {
    long long n = big_size(&rq);
    if (n < 0) {
      c->out_len += put_status(out, 400, &rq, rq.keep_alive);
    } else {
      c->out_len += put_head(out, 200, "application/octet-stream", n, &rq, rq.keep_alive);
      if (rq.method == M_GET) {
        /* The head and the responses before it go first; the body
         * follows from the shared chunk, never copied. */
        int rc = await flush(c);
        if (rc == 0)
          rc = await send_big(c->fd, n);
        if (rc < 0)
          return rc;
        responses++;
        return rq.keep_alive;
      }
    }
  } else {
    c->out_len += put_status(out, 404, &rq, rq.keep_alive);
  }
  c->queued++;
  return rq.keep_alive;
}

static async void serve(int fd) {
  struct conn c;
  c.fd = fd;
  c.in_len = c.scan = c.out_len = 0;
  c.queued = 0;
  c.skip = 0;
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

  /* rc: 1 while the connection is open, 0 to close it after the
   * responses (lingering), negative once it is dead (reset, or this task
   * was cancelled at shutdown). */
  int rc = 1;
  while (rc > 0) {
    /* Answer every complete request in the buffer, in order. */
    size_t start = 0;
    while (rc > 0) {
      if (c.skip) { /* the body of the last request */
        size_t avail = c.in_len - start;
        size_t k = (unsigned long long)c.skip < avail ? (size_t)c.skip : avail;
        start += k;
        c.skip -= (long long)k;
        c.scan = start;
        if (c.skip)
          break;
      }
      char *end = memmem(c.in + c.scan, c.in_len - c.scan, "\r\n\r\n", 4);
      if (!end) {
        /* Next time, search from where the terminator could begin. */
        c.scan = c.in_len - start >= 3 ? c.in_len - 3 : start;
        break;
      }
      size_t len = (size_t)(end + 4 - (c.in + start));
      rc = await answer(&c, start, len);
      start += len;
      c.scan = start;
    }
    /* Keep the incomplete rest at the front of the buffer. */
    if (start) {
      memmove(c.in, c.in + start, c.in_len - start);
      c.in_len -= start;
      c.scan -= start;
    }
    if (rc > 0 && c.in_len == IN_CAP) {
      /* A head too large for the buffer. Nothing was answered in this
       * round (start was 0), so out[] is empty. */
      c.out_len = put_status(c.out, 431, NULL, 0);
      c.queued = 1;
      rc = 0;
    }
    /* One send for all the responses of this read. */
    if (rc >= 0) {
      int sent = await flush(&c);
      if (sent < 0)
        rc = sent;
    }
    if (rc <= 0)
      break;
    long n = await ac_recv(fd, c.in + c.in_len, IN_CAP - c.in_len, 0);
    if (n <= 0)
      break; /* the client is done (0) or gone; all it sent is answered */
    c.in_len += (size_t)n;
  }
  if (rc == 0)
    await close_lingering(fd);
  else
    ac_close(fd);
}

/* Accepts until cancelled; each connection gets a detached task. */
static async int accept_loop(int lfd) {
  for (;;) {
    int fd = await ac_accept(lfd, NULL, NULL);
    if (fd == -ECANCELED)
      return 0;
    if (fd < 0) {
      fprintf(stderr, "http_server: accept: %s\n", ac_strerror(fd));
      if (await ac_sleep(100) == -ECANCELED)
        return 0;
      continue;
    }
    ac_detach(ac_spawn(serve(fd)));
  }
}

static async int wait_signal(int signo) { return await ac_signal_wait(signo); }

async int main(int argc, char **argv) {
  int port = argc > 1 ? atoi(argv[1]) : 0;
  for (size_t i = 0; i < BIG_CHUNK; i++)
    big_chunk[i] = (char)('a' + i % 26);
  int lfd = ac_tcp_listen("127.0.0.1", port, SOMAXCONN);
  if (lfd < 0) {
    fprintf(stderr, "http_server: listen on port %d: %s\n", port, ac_strerror(lfd));
    return 1;
  }

  /* Shutdown on the first of SIGINT and SIGTERM; both waits are in place
   * (after the yield) before the port is announced. */
  ac_task *signals[2] = {ac_spawn(wait_signal(SIGINT)), ac_spawn(wait_signal(SIGTERM))};
  await ac_yield();
  ac_task *acceptor = ac_spawn(accept_loop(lfd));
  printf("listening on port %d\n", ac_local_port(lfd));
  fflush(stdout);

  int signo = 0;
  int rc = await ac_race(signals, 2, &signo);
  if (rc < 0)
    fprintf(stderr, "http_server: waiting for signals: %s\n", ac_strerror(rc));
  ac_cancel(acceptor);
  await ac_join(acceptor, &rc);
  ac_close(lfd);

  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  long long cpu_us = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000LL + ru.ru_utime.tv_usec +
                     ru.ru_stime.tv_usec;
  printf("cpu_us=%lld requests=%llu\n", cpu_us, responses);
  fflush(stdout);
  return 0; /* open connections are cancelled and drained after this */
}
