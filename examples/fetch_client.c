/* fetch_client.c - fetches several URLs at once, a task per URL, under one
 * deadline.
 *
 *     fetch_client [-t MS] [http://]HOST:PORT[/PATH]...
 *
 * Every URL is fetched with a GET ("Connection: close") by a task of its
 * own; they all start together. The results are gathered in argument
 * order, each join waiting at most until the common deadline, MS
 * milliseconds after the start (default 5000): a fetch still running then
 * is cancelled. One line per URL:
 *
 *     127.0.0.1:8080/: 200 OK, 13 bytes in 2 ms
 *     127.0.0.1:8081/: error: Connection refused
 *     127.0.0.1:8082/: timed out after 500 ms
 *
 * Exit status 0 if every URL got a response (whatever its status), 1 if
 * not, 2 for a bad command line. HOST may be a name, an IPv4 address or an
 * IPv6 address in brackets; only plain HTTP is spoken. */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

enum { HEAD_MAX = 16384 };

struct target {
  const char *url; /* as given */
  char host[256];
  int port;
  const char *path;
};

struct result {
  int err;             /* a negative errno, or 0 */
  const char *problem; /* or a protocol problem (static text), or NULL */
  int status;
  char reason[64];
  long long bytes;     /* of the body */
  long long ms;
};

/* Splits url into t: 0, or -1 if it is not [http://]HOST:PORT[/PATH]. */
static int parse_url(const char *url, struct target *t) {
  t->url = url;
  const char *p = strncmp(url, "http://", 7) == 0 ? url + 7 : url;
  const char *slash = strchr(p, '/');
  t->path = slash ? slash : "/";
  size_t hp_len = slash ? (size_t)(slash - p) : strlen(p);
  const char *colon, *host = p;
  size_t host_len;
  if (*p == '[') { /* [IPv6]:port */
    const char *close = memchr(p, ']', hp_len);
    if (!close || close[1] != ':')
      return -1;
    host = p + 1;
    host_len = (size_t)(close - host);
    colon = close + 1;
  } else {
    colon = memrchr(p, ':', hp_len);
    if (!colon)
      return -1;
    host_len = (size_t)(colon - p);
  }
  if (host_len == 0 || host_len >= sizeof t->host)
    return -1;
  memcpy(t->host, host, host_len);
  t->host[host_len] = '\0';
  char *end;
  long port = strtol(colon + 1, &end, 10);
  if (end != p + hp_len || end == colon + 1 || port <= 0 || port > 65535)
    return -1;
  t->port = (int)port;
  return 0;
}

/* Parses a response head: status, reason and Content-Length (-1 if none).
 * 0, or -1 if it is not HTTP. */
static int parse_head(const char *head, struct result *r, long long *length) {
  int n = 0;
  if (sscanf(head, "HTTP/1.%*[01] %3d%n", &r->status, &n) != 1 || r->status < 100)
    return -1;
  const char *reason = head + n + (head[n] == ' ');
  size_t len = strcspn(reason, "\r");
  snprintf(r->reason, sizeof r->reason, "%.*s", (int)len, reason);
  *length = -1;
  for (const char *line = strstr(head, "\r\n"); line; line = strstr(line + 2, "\r\n"))
    if (strncasecmp(line + 2, "Content-Length:", 15) == 0)
      *length = atoll(line + 17);
  return 0;
}

static async struct result fetch(const struct target *t) {
  struct result r;
  memset(&r, 0, sizeof r);
  long long started = ac_now();
  /* No timeout of its own: the caller's deadline cancels the whole fetch. */
  int fd = await ac_tcp_connect(t->host, t->port, -1);
  if (fd < 0) {
    r.err = fd;
    return r;
  }

  char buf[HEAD_MAX + 1];
  int len = snprintf(buf, sizeof buf,
                     "GET %s HTTP/1.1\r\nHost: %s:%d\r\nUser-Agent: asyncc-fetch\r\n"
                     "Connection: close\r\n\r\n",
                     t->path, t->host, t->port);
  long n = len < (int)sizeof buf ? await ac_send(fd, buf, (size_t)len, 0) : -ENAMETOOLONG;
  if (n < 0) {
    r.err = (int)n;
    goto out;
  }

  /* The head: read until the empty line. */
  size_t got = 0;
  char *end = NULL;
  while (!end) {
    if (got == HEAD_MAX) {
      r.problem = "response head too large";
      goto out;
    }
    n = await ac_recv(fd, buf + got, HEAD_MAX - got, 0);
    if (n <= 0) {
      r.err = (int)n;
      r.problem = n == 0 ? "connection closed before the response" : NULL;
      goto out;
    }
    got += (size_t)n;
    buf[got] = '\0';
    end = memmem(buf, got, "\r\n\r\n", 4);
  }
  long long length;
  end[2] = '\0'; /* the head, with its last line's CRLF */
  if (parse_head(buf, &r, &length) < 0) {
    r.problem = "not an HTTP response";
    goto out;
  }

  /* The body: what came with the head, then until the end of file (we
   * asked the server to close) or Content-Length. */
  r.bytes = (long long)(got - (size_t)(end + 4 - buf));
  while (length < 0 || r.bytes < length) {
    n = await ac_recv(fd, buf, HEAD_MAX, 0);
    if (n < 0) {
      r.err = (int)n;
      goto out;
    }
    if (n == 0)
      break;
    r.bytes += n;
  }
  if (length >= 0 && r.bytes != length)
    r.problem = r.bytes < length ? "truncated body" : "body longer than Content-Length";
out:
  ac_close(fd);
  r.ms = ac_now() - started;
  return r;
}

static int usage(void) {
  fprintf(stderr, "usage: fetch_client [-t MS] [http://]HOST:PORT[/PATH]...\n");
  return 2;
}

async int main(int argc, char **argv) {
  long timeout = 5000;
  int first = 1;
  if (argc > 2 && strcmp(argv[1], "-t") == 0) {
    char *end;
    timeout = strtol(argv[2], &end, 10);
    if (*end || end == argv[2] || timeout < 0)
      return usage();
    first = 3;
  }
  int n = argc - first;
  if (n <= 0)
    return usage();
  struct target *targets = calloc((size_t)n, sizeof *targets);
  ac_task **tasks = calloc((size_t)n, sizeof *tasks);
  if (!targets || !tasks) {
    fprintf(stderr, "fetch_client: %s\n", ac_strerror(-ENOMEM));
    return 1;
  }
  for (int i = 0; i < n; i++)
    if (parse_url(argv[first + i], &targets[i]) < 0) {
      fprintf(stderr, "fetch_client: bad URL: %s\n", argv[first + i]);
      return usage();
    }

  for (int i = 0; i < n; i++)
    tasks[i] = ac_spawn(fetch(&targets[i]));

  /* One deadline for all: each join waits for what is left of it. A task
   * still running at its join's deadline is cancelled (its waits return
   * -ECANCELED, it closes its socket) and the join says -ETIMEDOUT. */
  long long deadline = ac_now() + timeout;
  int failures = 0;
  for (int i = 0; i < n; i++) {
    long left = (long)(deadline - ac_now());
    struct result r;
    int rc = await ac_join_timeout(tasks[i], left > 0 ? left : 0, &r);
    const char *url = targets[i].url;
    if (rc == -ETIMEDOUT)
      printf("%s: timed out after %ld ms\n", url, timeout);
    else if (rc < 0)
      printf("%s: error: %s\n", url, ac_strerror(rc));
    else if (r.problem)
      printf("%s: error: %s\n", url, r.problem);
    else if (r.err)
      printf("%s: error: %s\n", url, ac_strerror(r.err));
    else
      printf("%s: %d %s, %lld bytes in %lld ms\n", url, r.status, r.reason, r.bytes, r.ms);
    failures += rc < 0 || r.problem || r.err;
  }
  free(tasks);
  free(targets);
  return failures ? 1 : 0;
}
