/* epoll.c - a hand-written single-threaded epoll HTTP/1.1 server, the
 * lower bound for a keep-alive "hello world" benchmark.
 *
 *     http_epoll [port]        port 0 (the default) = an ephemeral port
 *
 * Listens on 127.0.0.1, prints "port=<port>" once listening, and answers
 * every request (any method or path; a request is everything up to and
 * including "\r\n\r\n"; bodies are not supported) on a kept-alive
 * connection with the same 79 bytes (RESP below). Pipelined requests,
 * several in one read and requests split across reads all work. On
 * SIGTERM or SIGINT it prints
 *
 *     cpu_us=<user+sys CPU time, getrusage(RUSAGE_SELF)> requests=<responses sent>
 *
 * and exits 0 ("sent": whole responses written to a socket).
 *
 * Design: level-triggered epoll; non-blocking sockets (accept4); signals
 * through a signalfd. On a readable connection: one read(), then every
 * complete request in the input buffer is answered with one write() of all
 * the responses. If that write is short (EAGAIN), the rest stays in the
 * connection's output buffer and the connection waits for EPOLLOUT
 * *instead of* EPOLLIN (no reading while output is pending, so a client
 * that pipelines without reading cannot make the buffer grow without
 * bound); once drained it goes back to EPOLLIN. A request head larger than
 * the 16 KiB input buffer closes the connection. TCP_NODELAY is set, as
 * HTTP servers do; SIGPIPE is ignored.
 *
 * Build: cc -O2 -Wall -Wextra epoll.c   (bench/http.sh builds it)
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

static const char RESP[] = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                           "Content-Length: 13\r\n\r\nHello, world\n";
#define RESP_LEN (sizeof RESP - 1)
#define IN_CAP 16384

struct conn {
    int fd;
    int want_out;      /* registered for EPOLLOUT (and not EPOLLIN) */
    size_t in_len;     /* bytes in in[] */
    size_t scan;       /* in[0 .. scan) holds no "\r\n\r\n" ending a request */
    char *out;         /* responses not yet written: out[out_off .. out_len) */
    size_t out_off, out_len, out_cap;
    size_t partial;    /* bytes of the response being written already sent */
    char in[IN_CAP];
};

static int ep;
static unsigned long long responses;
static char listen_tag, signal_tag; /* epoll data for the two non-connections */

static void die(const char *what)
{
    perror(what);
    exit(1);
}

static void close_conn(struct conn *c)
{
    close(c->fd); /* also removes it from the epoll set */
    free(c->out);
    free(c);
}

static int set_interest(struct conn *c, int want_out)
{
    struct epoll_event ev = {.events = want_out ? EPOLLOUT : EPOLLIN, .data.ptr = c};
    if (epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev) < 0)
        return -1;
    c->want_out = want_out;
    return 0;
}

/* Write what is pending; -1 if the connection is to be closed. */
static int flush(struct conn *c)
{
    while (c->out_off < c->out_len) {
        ssize_t n = write(c->fd, c->out + c->out_off, c->out_len - c->out_off);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            return -1;
        }
        c->out_off += (size_t)n;
        c->partial += (size_t)n;
        responses += c->partial / RESP_LEN;
        c->partial %= RESP_LEN;
    }
    if (c->out_off == c->out_len)
        c->out_off = c->out_len = 0;
    int pending = c->out_len > 0;
    if (pending != c->want_out && set_interest(c, pending) < 0)
        return -1;
    return 0;
}

/* Queue k responses. */
static int queue_responses(struct conn *c, size_t k)
{
    size_t need = c->out_len + k * RESP_LEN;
    if (need > c->out_cap) {
        size_t cap = c->out_cap ? c->out_cap : 1024;
        while (cap < need)
            cap *= 2;
        char *p = realloc(c->out, cap);
        if (!p)
            return -1;
        c->out = p;
        c->out_cap = cap;
    }
    for (size_t i = 0; i < k; i++, c->out_len += RESP_LEN)
        memcpy(c->out + c->out_len, RESP, RESP_LEN);
    return 0;
}

/* Readable: read once, answer every complete request. -1: close it. */
static int on_readable(struct conn *c)
{
    if (c->in_len == IN_CAP)
        return -1; /* request head too large */
    ssize_t n = read(c->fd, c->in + c->in_len, IN_CAP - c->in_len);
    if (n < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? 0 : -1;
    if (n == 0)
        return -1; /* peer closed; everything it sent has been answered */
    c->in_len += (size_t)n;

    size_t start = 0, k = 0; /* start: the first byte of the first unanswered request */
    for (;;) {
        char *end = memmem(c->in + c->scan, c->in_len - c->scan, "\r\n\r\n", 4);
        if (!end) {
            /* the next search starts where a terminator could still begin */
            c->scan = c->in_len - start >= 3 ? c->in_len - 3 : start;
            break;
        }
        k++;
        start = c->scan = (size_t)(end - c->in) + 4;
    }
    if (start > 0) {
        memmove(c->in, c->in + start, c->in_len - start);
        c->in_len -= start;
        c->scan -= start;
    }
    if (k == 0)
        return 0;
    if (queue_responses(c, k) < 0)
        return -1;
    return flush(c);
}

static void on_accept(int lfd)
{
    for (;;) {
        int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                perror("accept4"); /* e.g. EMFILE: retried on the next event */
            return;
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        struct conn *c = calloc(1, sizeof *c);
        if (!c) {
            close(fd);
            continue;
        }
        c->fd = fd;
        struct epoll_event ev = {.events = EPOLLIN, .data.ptr = c};
        if (epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) < 0) {
            perror("epoll_ctl");
            close_conn(c);
        }
    }
}

int main(int argc, char **argv)
{
    int port = argc > 1 ? atoi(argv[1]) : 0;

    signal(SIGPIPE, SIG_IGN);
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    if (sigprocmask(SIG_BLOCK, &stop, NULL) < 0)
        die("sigprocmask");
    int sfd = signalfd(-1, &stop, SFD_NONBLOCK | SFD_CLOEXEC);
    if (sfd < 0)
        die("signalfd");

    int lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (lfd < 0)
        die("socket");
    int one = 1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t alen = sizeof addr;
    if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) < 0)
        die("bind");
    if (listen(lfd, SOMAXCONN) < 0)
        die("listen");
    if (getsockname(lfd, (struct sockaddr *)&addr, &alen) < 0)
        die("getsockname");

    ep = epoll_create1(EPOLL_CLOEXEC);
    if (ep < 0)
        die("epoll_create1");
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &listen_tag};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev) < 0)
        die("epoll_ctl");
    ev.data.ptr = &signal_tag;
    if (epoll_ctl(ep, EPOLL_CTL_ADD, sfd, &ev) < 0)
        die("epoll_ctl");

    printf("port=%d\n", ntohs(addr.sin_port));
    fflush(stdout);

    struct epoll_event events[256];
    for (int running = 1; running;) {
        int n = epoll_wait(ep, events, 256, -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            die("epoll_wait");
        }
        for (int i = 0; i < n; i++) {
            void *p = events[i].data.ptr;
            if (p == &listen_tag) {
                on_accept(lfd);
            } else if (p == &signal_tag) {
                running = 0; /* answer the rest of this batch, then stop */
            } else {
                /* Errors and hang-ups need no case of their own: the read or
                 * write they make fail closes the connection. */
                struct conn *c = p;
                if ((c->want_out ? flush(c) : on_readable(c)) < 0)
                    close_conn(c);
            }
        }
    }

    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long long cpu_us = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000LL +
                       ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
    printf("cpu_us=%lld requests=%llu\n", cpu_us, responses);
    fflush(stdout);
    return 0;
}
