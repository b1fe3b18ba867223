/* silent_server.c - ports for the error cases of examples/fetch_client.c.
 *
 *     silent_server
 *
 * Prints "silent=P refused=Q" and then sleeps until killed. Port P listens
 * but never accepts, so connections complete (in the backlog) and then no
 * answer ever comes; port Q is bound but not listening, so connecting to
 * it is refused (and no other process can take it meanwhile). */
#include "client.h" /* first: it defines _GNU_SOURCE */
#include <signal.h>


static int bound_socket(int do_listen) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof sa;
  if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0 || (do_listen && listen(fd, 64) < 0) ||
      getsockname(fd, (struct sockaddr *)&sa, &len) < 0)
    fail("silent_server: %s", strerror(errno));
  return ntohs(sa.sin_port);
}

int main(void) {
  int silent = bound_socket(1), refused = bound_socket(0);
  printf("silent=%d refused=%d\n", silent, refused);
  fflush(stdout);
  for (;;)
    pause();
}
