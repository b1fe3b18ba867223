/* chat_server.c - a line-based chat: every line a client sends goes to all
 * the other clients.
 *
 *     chat_server [port]        port 0 (the default): an ephemeral port
 *
 * Listens on 127.0.0.1 and prints "listening on port N". The protocol, one
 * line per message (try it with `nc 127.0.0.1 N` in a few terminals):
 *
 *     to a new client          "* you are userN"
 *     to the others            "* userN joined", "userN: <line>", "* userN left"
 *
 * A trailing "\r" is dropped, empty lines are ignored, and a line longer
 * than MAX_LINE bytes is cut into MAX_LINE-byte lines.
 *
 * Tasks and channels:
 *
 *     session (one per client)   reads lines, turns them into messages and
 *                                sends them to the inbox channel
 *     broadcaster (one)          receives from the inbox and queues each
 *                                message on every other client's channel
 *     writer (one per client)    receives from its client's channel and
 *                                writes to the socket
 *
 * Messages are shared (reference-counted), never copied per client.
 *
 * Slow clients: a client's channel holds QUEUE_DEPTH messages, and the
 * broadcaster never waits for a client: when a channel is full, that
 * client is disconnected (IRC servers do the same when a client's "SendQ"
 * is exceeded). Waiting instead would let one stalled client stop the chat
 * for everyone; dropping its messages would silently garble the
 * conversation for it. A client that is QUEUE_DEPTH messages behind, on top
 * of what its socket buffers hold, is gone or not reading. Fast senders,
 * on the other hand, are slowed down, not disconnected: a session waits
 * when the inbox is full, and stops reading from its client meanwhile.
 *
 * SIGINT or SIGTERM: stop accepting, disconnect every client (their
 * sessions are cancelled and clean up), wait until all have ended, then
 * stop the broadcaster; nothing is left for the runtime to drain. */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

enum {
  MAX_LINE = 1000,    /* longer lines are split */
  QUEUE_DEPTH = 64,   /* messages waiting for one client */
  INBOX_DEPTH = 256,  /* messages waiting for the broadcaster */
  MSG_MAX = MAX_LINE + 32, /* "userN: " + line + "\n" */
  WRITE_BATCH = 16 * MSG_MAX,
};

struct msg {
  int refs;       /* one per holder: a channel slot, a writer, the broadcaster */
  unsigned from;  /* the sender's id (0: the server): not sent back to it */
  size_t len;
  char text[];    /* "userN: hello\n" */
};

struct client {
  unsigned id;
  int fd;
  ac_chan *out;                /* struct msg * for its writer */
  ac_task *session;            /* cancelled to disconnect it */
  int listed;                  /* in the clients list */
  struct client *prev, *next;
};

static struct client *clients; /* everyone who gets messages */
static ac_chan *inbox;         /* struct msg *, from sessions to the broadcaster */
static unsigned last_id;
static size_t sessions;        /* session tasks spawned and not finished */
static int shutting_down;
static ac_event all_gone;      /* set once sessions is 0 during shutdown */

/* ---- messages ---- */

static struct msg *msg_new(unsigned from, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static struct msg *msg_new(unsigned from, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  struct msg *m = malloc(sizeof *m + (size_t)n + 1);
  if (!m)
    return NULL;
  va_start(ap, fmt);
  vsnprintf(m->text, (size_t)n + 1, fmt, ap);
  va_end(ap);
  m->refs = 1;
  m->from = from;
  m->len = (size_t)n;
  return m;
}

static void msg_unref(struct msg *m) {
  if (--m->refs == 0)
    free(m);
}

/* Hands m (our reference) to the broadcaster, waiting while the inbox is
 * full: 0, or a negative errno (m is released then). */
static async int post(struct msg *m) {
  if (!m)
    return -ENOMEM;
  int rc = await ac_chan_send(inbox, &m);
  if (rc < 0)
    msg_unref(m);
  return rc;
}

/* ---- the list of clients ---- */

static void list_add(struct client *c) {
  c->prev = NULL;
  c->next = clients;
  if (clients)
    clients->prev = c;
  clients = c;
  c->listed = 1;
}

static void list_remove(struct client *c) {
  if (!c->listed)
    return;
  if (c->prev)
    c->prev->next = c->next;
  else
    clients = c->next;
  if (c->next)
    c->next->prev = c->prev;
  c->listed = 0;
}

/* Disconnects c: no more messages for it, and its session is cancelled
 * (which cleans up, see session). */
static void kick(struct client *c) {
  list_remove(c);
  ac_cancel(c->session);
}

/* ---- tasks ---- */

static async int broadcaster(void) {
  struct msg *m;
  while (await ac_chan_recv(inbox, &m) == 0) {
    for (struct client *c = clients, *next; c; c = next) {
      next = c->next; /* kick takes c off the list */
      if (c->id == m->from)
        continue;
      m->refs++;
      if (ac_chan_trysend(c->out, &m) < 0) {
        m->refs--;
        fprintf(stderr, "chat_server: user%u is too slow, disconnecting it\n", c->id);
        kick(c);
      }
    }
    msg_unref(m);
  }
  return 0; /* the inbox is closed and empty: shutdown */
}

/* Writes c's messages to its socket until its channel is closed or the
 * socket fails. Messages queued meanwhile go out together, in one send. */
static async int writer(struct client *c) {
  char buf[WRITE_BATCH];
  struct msg *m;
  int rc;
  while ((rc = await ac_chan_recv(c->out, &m)) == 0) {
    size_t n = 0;
    do {
      memcpy(buf + n, m->text, m->len);
      n += m->len;
      msg_unref(m);
    } while (n + MSG_MAX <= sizeof buf && ac_chan_tryrecv(c->out, &m) == 0);
    long sent = await ac_send(c->fd, buf, n, 0);
    if (sent < 0) {
      /* The client is unreachable: shutting the socket down ends the
       * session's read too (with end of file). */
      shutdown(c->fd, SHUT_RDWR);
      return (int)sent;
    }
  }
  return rc == -EPIPE ? 0 : rc;
}

/* Sends each complete line of buf[0, *len) as a message from c; keeps the
 * incomplete rest at the front. 0 or a negative errno. */
static async int post_lines(struct client *c, char *buf, size_t *len) {
  size_t start = 0;
  for (;;) {
    char *nl = memchr(buf + start, '\n', *len - start);
    size_t end = nl ? (size_t)(nl - buf) : *len;
    if (!nl && end - start < MAX_LINE)
      break; /* incomplete: wait for the rest */
    size_t next = nl ? end + 1 : end;
    if (end > start && buf[end - 1] == '\r')
      end--;
    if (end > start) {
      int rc = await post(msg_new(c->id, "user%u: %.*s\n", c->id, (int)(end - start), buf + start));
      if (rc < 0)
        return rc;
    }
    start = next;
  }
  memmove(buf, buf + start, *len - start);
  *len -= start;
  return 0;
}

static async void session(int fd) {
  struct client me; /* in this task's frame: its address is stable */
  memset(&me, 0, sizeof me);
  me.id = ++last_id;
  me.fd = fd;
  me.session = ac_current();
  int one = 1; /* lines go out as they come, not when Nagle allows */
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  ac_task *out_task;
  int rc = shutting_down ? -ECANCELED : ac_chan_open(&me.out, sizeof(struct msg *), QUEUE_DEPTH);
  if (rc < 0)
    goto done;

  out_task = ac_spawn(writer(&me));
  struct msg *hello = msg_new(0, "* you are user%u\n", me.id);
  if (hello && ac_chan_trysend(me.out, &hello) < 0) /* the channel is empty */
    msg_unref(hello);
  list_add(&me);
  rc = await post(msg_new(me.id, "* user%u joined\n", me.id));

  char buf[MAX_LINE + 1];
  size_t len = 0;
  while (rc == 0) {
    long n = await ac_recv(fd, buf + len, sizeof buf - len, 0);
    if (n <= 0)
      break; /* the client left (0), its connection failed, or we were kicked */
    len += (size_t)n;
    rc = await post_lines(&me, buf, &len);
  }

  /* Leave: no more messages to us; tell the others. Then stop the writer:
   * its channel is closed and the socket shut down, so it ends at once
   * even if it is stuck in a send to a client that does not read. When we
   * were kicked, the cancellation has been delivered (once) already, so
   * these awaits work; at shutdown more may come, hence the loop around
   * the join (a cancelled join leaves the writer joinable). */
  list_remove(&me);
  await post(msg_new(me.id, "* user%u left\n", me.id));
  ac_chan_close(me.out);
  shutdown(fd, SHUT_RDWR);
  int wrc;
  while (await ac_join(out_task, &wrc) == -ECANCELED)
    ;
  struct msg *m;
  while (ac_chan_tryrecv(me.out, &m) == 0) /* what the writer did not take */
    msg_unref(m);
  ac_chan_free(me.out);
done:
  ac_close(fd);
  if (--sessions == 0 && shutting_down)
    ac_event_set(&all_gone);
}

static async int accept_loop(int lfd) {
  for (;;) {
    int fd = await ac_accept(lfd, NULL, NULL);
    if (fd == -ECANCELED)
      return 0;
    if (fd < 0) {
      fprintf(stderr, "chat_server: accept: %s\n", ac_strerror(fd));
      if (await ac_sleep(100) == -ECANCELED)
        return 0;
      continue;
    }
    sessions++;
    ac_detach(ac_spawn(session(fd)));
  }
}

static async int wait_signal(int signo) { return await ac_signal_wait(signo); }

async int main(int argc, char **argv) {
  int port = argc > 1 ? atoi(argv[1]) : 0;
  int rc = ac_chan_open(&inbox, sizeof(struct msg *), INBOX_DEPTH);
  int lfd = rc < 0 ? rc : ac_tcp_listen("127.0.0.1", port, SOMAXCONN);
  if (lfd < 0) {
    fprintf(stderr, "chat_server: listen on port %d: %s\n", port, ac_strerror(lfd));
    return 1;
  }
  ac_event_init(&all_gone);

  /* Shutdown on the first of SIGINT and SIGTERM; both waits are in place
   * (after the yield) before the port is announced. */
  ac_task *signals[2] = {ac_spawn(wait_signal(SIGINT)), ac_spawn(wait_signal(SIGTERM))};
  await ac_yield();
  ac_task *bcast = ac_spawn(broadcaster());
  ac_task *acceptor = ac_spawn(accept_loop(lfd));
  printf("listening on port %d\n", ac_local_port(lfd));
  fflush(stdout);

  int signo = 0;
  rc = await ac_race(signals, 2, &signo);
  if (rc < 0)
    fprintf(stderr, "chat_server: waiting for signals: %s\n", ac_strerror(rc));

  /* Stop accepting, then disconnect everyone and wait for their sessions
   * (sessions spawned but not started yet see shutting_down and end). */
  ac_cancel(acceptor);
  await ac_join(acceptor, &rc);
  ac_close(lfd);
  shutting_down = 1;
  for (struct client *c = clients; c; c = c->next)
    ac_cancel(c->session);
  if (sessions > 0)
    await ac_event_wait(&all_gone);

  /* Last, the broadcaster: it gets what is still in the inbox (nobody to
   * send it to now), then -EPIPE. */
  ac_chan_close(inbox);
  await ac_join(bcast, &rc);
  ac_chan_free(inbox);
  fprintf(stderr, "chat_server: %u clients served, bye\n", last_id);
  return 0;
}
