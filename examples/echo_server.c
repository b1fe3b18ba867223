/* echo_server.c - a TCP echo server: every connection is served by a task of
 * its own, written as straight-line blocking-style code.
 *
 *     echo_server [port]        port 0 (the default): an ephemeral port
 *
 * Listens on 127.0.0.1, prints "listening on port N" once it accepts
 * connections, and sends back whatever each client sends until the client
 * closes its side. SIGINT or SIGTERM stops it cleanly: it stops accepting,
 * and returning from async main cancels the connection tasks, whose reads
 * then fail with -ECANCELED and who close their sockets on the way out.
 *
 * Nothing here deals with running out of descriptors: ac_accept waits
 * (without spinning) until a connection closes, and the pending clients
 * stay in the kernel's backlog meanwhile. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static long connections; /* open right now, for the goodbye message */

/* Echoes until the peer closes. The buffer is a local, so it lives in the
 * task's frame: a connection costs one allocation, made when it starts. */
static async void serve(int fd) {
  char buf[16384];
  connections++;
  for (;;) {
    long n = await ac_recv(fd, buf, sizeof buf, 0);
    if (n == 0)
      break; /* the peer closed its side */
    if (n > 0)
      n = await ac_send(fd, buf, (size_t)n, 0); /* all of it, or an error */
    if (n < 0) {
      /* A reset peer is business as usual; a cancellation means shutdown. */
      if (n != -ECONNRESET && n != -EPIPE && n != -ECANCELED)
        fprintf(stderr, "echo_server: connection: %s\n", ac_strerror((int)n));
      break;
    }
  }
  ac_close(fd);
  connections--;
}

/* Accepts until cancelled; each connection goes to a detached task, which
 * frees itself when it ends. Returns the number of connections accepted. */
static async long accept_loop(int lfd) {
  long accepted = 0;
  for (;;) {
    int fd = await ac_accept(lfd, NULL, NULL);
    if (fd == -ECANCELED)
      return accepted;
    if (fd < 0) {
      /* e.g. -ENOMEM; -EMFILE never gets here (see the top comment) */
      fprintf(stderr, "echo_server: accept: %s\n", ac_strerror(fd));
      if (await ac_sleep(100) == -ECANCELED)
        return accepted;
      continue;
    }
    ac_detach(ac_spawn(serve(fd)));
    accepted++;
  }
}

static async int wait_signal(int signo) { return await ac_signal_wait(signo); }

async int main(int argc, char **argv) {
  int port = argc > 1 ? atoi(argv[1]) : 0;
  int lfd = ac_tcp_listen("127.0.0.1", port, SOMAXCONN);
  if (lfd < 0) {
    fprintf(stderr, "echo_server: listen on port %d: %s\n", port, ac_strerror(lfd));
    return 1;
  }

  /* One waiter per shutdown signal; the first to arrive wins the race
   * below and the other waiter is cancelled. The yield lets both start
   * waiting before the port is announced, so a signal sent as soon as a
   * client has read the announcement is caught, not fatal. */
  ac_task *signals[2] = {ac_spawn(wait_signal(SIGINT)), ac_spawn(wait_signal(SIGTERM))};
  await ac_yield();
  ac_task *acceptor = ac_spawn(accept_loop(lfd));
  printf("listening on port %d\n", ac_local_port(lfd));
  fflush(stdout);

  int signo = 0;
  int rc = await ac_race(signals, 2, &signo);
  if (rc < 0)
    fprintf(stderr, "echo_server: waiting for signals: %s\n", ac_strerror(rc));

  ac_cancel(acceptor);
  long accepted = 0;
  await ac_join(acceptor, &accepted);
  ac_close(lfd);
  fprintf(stderr, "echo_server: %s: %ld connections served, %ld still open\n",
          rc < 0 ? "stopping" : strsignal(signo), accepted, connections);
  /* The connection tasks are cancelled and drained after main returns. */
  return 0;
}
