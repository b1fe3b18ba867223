/* echo_check.c - test client of examples/echo_server.c.
 *
 *     echo_check load PORT CLIENTS ROUNDS  CLIENTS connections open at once
 *                                          (threads past a barrier), each
 *                                          sending ROUNDS chunks of 1..16384
 *                                          bytes of its own pattern and
 *                                          checking every echo
 *     echo_check bytewise PORT             a message a byte per segment, each
 *                                          byte's echo awaited before the next
 *     echo_check reset PORT COUNT          COUNT clients reset (SO_LINGER 0)
 *                                          with data in flight both ways; a
 *                                          normal client is served after each
 *     echo_check emfile PORT N PID         N clients against a server whose
 *                                          descriptor limit is smaller than N:
 *                                          some are served, the server (PID)
 *                                          does not spin while the others wait,
 *                                          and they are all served as the
 *                                          served ones close
 *
 * Prints "ok ..." and exits 0, or prints "FAIL: ..." and exits 1. */
#include "client.h" /* first: it defines _GNU_SOURCE */
#include <poll.h>
#include <pthread.h>


enum { CHUNK_MAX = 16384 };

static int port;

/* Byte i of the pattern of (client, round): any mix-up shows. */
static unsigned char pattern_byte(unsigned client, unsigned round, size_t i) {
  return (unsigned char)((client * 131u + round * 17u + i * 7u + (i >> 8)) & 0xff);
}

/* ---- load ---- */

static unsigned rounds;
static pthread_barrier_t all_connected;

static void *load_client(void *arg) {
  unsigned id = (unsigned)(size_t)arg;
  char what[64];
  snprintf(what, sizeof what, "client %u", id);
  int fd = connect_to(port);
  pthread_barrier_wait(&all_connected); /* every client is connected now */
  unsigned char *out = malloc(CHUNK_MAX), *in = malloc(CHUNK_MAX);
  unsigned seed = id * 7919u + 1;
  for (unsigned r = 0; r < rounds; r++) {
    size_t n = 1 + (size_t)rand_r(&seed) % CHUNK_MAX;
    for (size_t i = 0; i < n; i++)
      out[i] = pattern_byte(id, r, i);
    send_all(fd, out, n, what);
    recv_exact(fd, in, n, what);
    if (memcmp(in, out, n) != 0)
      fail("%s: round %u: the echo of %zu bytes differs", what, r, n);
  }
  shutdown(fd, SHUT_WR);
  expect_eof(fd, what); /* the server closes once we have */
  close(fd);
  free(out);
  free(in);
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
  printf("ok load: %u clients x %u rounds\n", clients, rounds);
  free(threads);
}

/* ---- bytewise ---- */

static void bytewise(void) {
  const char msg[] = "one byte per segment, each echoed before the next\n";
  int fd = connect_to(port);
  for (size_t i = 0; i < sizeof msg - 1; i++) {
    char c;
    send_all(fd, &msg[i], 1, "bytewise");
    recv_exact(fd, &c, 1, "bytewise");
    if (c != msg[i])
      fail("bytewise: byte %zu: got %#x, sent %#x", i, c, msg[i]);
  }
  close(fd);
  printf("ok bytewise: %zu bytes\n", sizeof msg - 1);
}

/* ---- reset ---- */

/* One round trip on a fresh connection. */
static void ping(const char *what) {
  char buf[32];
  int fd = connect_to(port);
  send_str(fd, "ping\n", what);
  recv_exact(fd, buf, 5, what);
  if (memcmp(buf, "ping\n", 5) != 0)
    fail("%s: wrong echo", what);
  close(fd);
}

static void reset(unsigned count) {
  static unsigned char junk[1 << 20];
  for (unsigned i = 0; i < count; i++) {
    int fd = connect_to(port);
    /* Fill the pipe both ways without reading: the server is blocked in a
     * send to us (or about to be) when the reset arrives. */
    size_t sent = 0;
    while (sent < sizeof junk) {
      ssize_t k = send(fd, junk + sent, sizeof junk - sent, MSG_DONTWAIT | MSG_NOSIGNAL);
      if (k <= 0)
        break;
      sent += (size_t)k;
    }
    if (sent == 0)
      fail("reset: nothing could be sent");
    if (i % 2)
      sleep_ms(20); /* half of them once the server is stuck in its send */
    close_reset(fd);
    ping("after a reset");
  }
  printf("ok reset: %u resets, served after each\n", count);
}

/* ---- emfile ---- */

/* The user+system CPU time of pid, in clock ticks (/proc/PID/stat). */
static long long cpu_ticks(int pid) {
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/%d/stat", pid);
  FILE *f = fopen(path, "r");
  if (!f)
    fail("emfile: %s: %s", path, strerror(errno));
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = '\0';
  char *p = strrchr(buf, ')'); /* the command name may contain anything */
  if (!p)
    fail("emfile: cannot parse %s", path);
  unsigned long long utime = 0, stime = 0;
  /* After ")": state, then fields 4..13, then utime (14) and stime (15). */
  if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime) != 2)
    fail("emfile: cannot parse %s", path);
  return (long long)(utime + stime);
}

/* Waits up to ms for echoes of "ping <i>\n" on the unserved sockets;
 * returns how many are served now. */
static int collect_echoes(int *fds, int *served, int n, long ms) {
  struct pollfd *pfd = calloc((size_t)n, sizeof *pfd);
  long long deadline = now_ms() + ms;
  int count = 0;
  for (int i = 0; i < n; i++)
    count += served[i];
  while (count < n) {
    long left = (long)(deadline - now_ms());
    if (left <= 0)
      break;
    int m = 0;
    int *index = calloc((size_t)n, sizeof *index);
    for (int i = 0; i < n; i++)
      if (!served[i]) {
        pfd[m] = (struct pollfd){.fd = fds[i], .events = POLLIN};
        index[m++] = i;
      }
    int r = poll(pfd, (nfds_t)m, (int)left);
    for (int j = 0; r > 0 && j < m; j++) {
      if (!pfd[j].revents)
        continue;
      int i = index[j];
      char want[32], got[32];
      int len = snprintf(want, sizeof want, "ping %d\n", i);
      recv_exact(fds[i], got, (size_t)len, "emfile");
      if (memcmp(got, want, (size_t)len) != 0)
        fail("emfile: client %d: wrong echo", i);
      served[i] = 1;
      count++;
    }
    free(index);
  }
  free(pfd);
  return count;
}

static void emfile(int n, int pid) {
  int *fds = calloc((size_t)n, sizeof *fds), *served = calloc((size_t)n, sizeof *served);
  for (int i = 0; i < n; i++) {
    char msg[32];
    fds[i] = connect_to(port); /* completes in the backlog even if not accepted */
    snprintf(msg, sizeof msg, "ping %d\n", i);
    send_str(fds[i], msg, "emfile");
  }
  int first = collect_echoes(fds, served, n, 1500);
  if (first == n)
    fail("emfile: all %d clients were served: the descriptor limit did not bite", n);
  if (first == 0)
    fail("emfile: no client was served");

  /* The others wait in the backlog; the server must be idle meanwhile. */
  long long t0 = cpu_ticks(pid), ms0 = now_ms();
  sleep_ms(1500);
  long long ticks = cpu_ticks(pid) - t0, ms = now_ms() - ms0;
  long hz = sysconf(_SC_CLK_TCK);
  long long permille = ticks * 1000 * 1000 / (hz * ms); /* CPU share, in 1/1000 */
  if (permille > 200)
    fail("emfile: the server used %lld/1000 of a CPU while out of descriptors", permille);
  if (collect_echoes(fds, served, n, 0) != first)
    fail("emfile: a client was served while no descriptor was freed");

  /* Closing the served connections frees descriptors, for the next ones
   * in the backlog: keep closing until all are served. */
  long long deadline = now_ms() + 10000;
  int all = first;
  while (all < n && now_ms() < deadline) {
    for (int i = 0; i < n; i++)
      if (served[i] && fds[i] >= 0) {
        close(fds[i]);
        fds[i] = -1;
      }
    all = collect_echoes(fds, served, n, 200);
  }
  if (all != n)
    fail("emfile: %d of %d clients served after descriptors were freed", all, n);
  for (int i = 0; i < n; i++)
    if (fds[i] >= 0)
      close(fds[i]);
  printf("ok emfile: %d clients, %d served at first, server CPU %lld/1000 while waiting\n", n,
         first, permille);
  free(fds);
  free(served);
}

int main(int argc, char **argv) {
  if (argc < 3)
    fail("usage: echo_check load|bytewise|reset|emfile PORT ...");
  port = atoi(argv[2]);
  const char *mode = argv[1];
  if (!strcmp(mode, "load") && argc == 5) {
    rounds = (unsigned)atoi(argv[4]);
    load((unsigned)atoi(argv[3]));
  } else if (!strcmp(mode, "bytewise") && argc == 3) {
    bytewise();
  } else if (!strcmp(mode, "reset") && argc == 4) {
    reset((unsigned)atoi(argv[3]));
  } else if (!strcmp(mode, "emfile") && argc == 5) {
    emfile(atoi(argv[3]), atoi(argv[4]));
  } else {
    fail("echo_check: bad arguments");
  }
  return 0;
}
