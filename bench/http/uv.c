/* uv.c - a libuv HTTP/1.1 server for a keep-alive "hello world"
 * benchmark: the same server as http_epoll.c, written the usual libuv way.
 *
 *     http_uv [port]           port 0 (the default) = an ephemeral port
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
 * and exits 0 ("sent": counted in the write callbacks that succeeded).
 *
 * Design: uv_tcp_t per connection; uv_read_start reads into the
 * connection's own 16 KiB input buffer (alloc_cb hands out its free tail);
 * every complete request in it is answered with one uv_write (which writes
 * at once when nothing is queued) whose buffers point into a static array
 * of 64 copies of the response, so nothing is copied; one malloc'd
 * uv_write_t per batch. While a write is still queued (the socket was
 * full) reading stops (uv_read_stop) and resumes in the write callback, so
 * a client that pipelines without reading cannot make the queue grow
 * without bound. A request head larger than the input buffer closes the
 * connection. TCP_NODELAY is set (uv_tcp_nodelay), as in http_epoll.c;
 * SIGPIPE is ignored (libuv writes with write/writev, which raise it when
 * the peer has reset the connection).
 *
 * Build: cc -O2 -Wall -Wextra uv.c $(pkg-config --cflags --libs libuv)
 *        (bench/http.sh builds it)
 */
#define _GNU_SOURCE /* memmem */
#include <arpa/inet.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <uv.h>

static const char RESP[] = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                           "Content-Length: 13\r\n\r\nHello, world\n";
#define RESP_LEN (sizeof RESP - 1)
#define IN_CAP 16384
#define RESP_COPIES 64 /* responses per uv_buf_t */
#define MAX_BUFS (IN_CAP / 4 / RESP_COPIES + 1) /* a request is >= 4 bytes */

static char resp_block[RESP_COPIES * RESP_LEN];
static unsigned long long responses;
static uv_loop_t *loop;

struct conn {
    uv_tcp_t tcp;    /* first: a conn * is a uv_tcp_t * and a uv_stream_t * */
    int reading;     /* uv_read_start in effect */
    size_t in_len;   /* bytes in in[] */
    size_t scan;     /* in[0 .. scan) holds no "\r\n\r\n" ending a request */
    char in[IN_CAP];
};

struct write_req {
    uv_write_t req;
    size_t k; /* responses in this write */
};

static void on_close(uv_handle_t *h)
{
    free(h);
}

static void close_conn(struct conn *c)
{
    if (!uv_is_closing((uv_handle_t *)&c->tcp))
        uv_close((uv_handle_t *)&c->tcp, on_close);
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
    struct conn *c = (struct conn *)h;
    (void)suggested;
    /* full with no complete request: a zero-length buffer makes read_cb
     * get UV_ENOBUFS, which closes the connection */
    *buf = uv_buf_init(c->in + c->in_len, (unsigned)(IN_CAP - c->in_len));
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf);

static void on_write(uv_write_t *req, int status)
{
    struct write_req *w = (struct write_req *)req;
    struct conn *c = (struct conn *)req->handle;
    if (status == 0) {
        responses += w->k;
        if (!c->reading && c->tcp.write_queue_size == 0 && !uv_is_closing((uv_handle_t *)&c->tcp)) {
            if (uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read) == 0)
                c->reading = 1;
            else
                close_conn(c);
        }
    } else if (status != UV_ECANCELED) {
        close_conn(c);
    }
    free(w);
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf)
{
    struct conn *c = (struct conn *)s;
    (void)buf;
    if (nread < 0) { /* UV_EOF, an error or UV_ENOBUFS */
        close_conn(c);
        return;
    }
    c->in_len += (size_t)nread;

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
        return;

    uv_buf_t bufs[MAX_BUFS];
    unsigned nbufs = 0;
    for (size_t left = k; left > 0; nbufs++) {
        size_t m = left < RESP_COPIES ? left : RESP_COPIES;
        bufs[nbufs] = uv_buf_init(resp_block, (unsigned)(m * RESP_LEN));
        left -= m;
    }
    struct write_req *w = malloc(sizeof *w);
    if (!w) {
        close_conn(c);
        return;
    }
    w->k = k;
    if (uv_write(&w->req, s, bufs, nbufs, on_write) != 0) {
        free(w);
        close_conn(c);
        return;
    }
    if (s->write_queue_size > 0) { /* not all written: wait for the callback */
        uv_read_stop(s);
        c->reading = 0;
    }
}

static void on_connection(uv_stream_t *server, int status)
{
    if (status < 0) {
        fprintf(stderr, "http_uv: connection: %s\n", uv_strerror(status));
        return;
    }
    struct conn *c = malloc(sizeof *c);
    if (!c)
        return;
    c->in_len = c->scan = 0;
    c->reading = 0;
    uv_tcp_init(loop, &c->tcp);
    c->tcp.data = c; /* marks a connection for close_any */
    if (uv_accept(server, (uv_stream_t *)&c->tcp) != 0) {
        close_conn(c);
        return;
    }
    uv_tcp_nodelay(&c->tcp, 1);
    if (uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read) != 0) {
        close_conn(c);
        return;
    }
    c->reading = 1;
}

static void on_signal(uv_signal_t *h, int signum)
{
    (void)h;
    (void)signum;
    uv_stop(loop);
}

static void close_any(uv_handle_t *h, void *arg)
{
    (void)arg; /* connections are malloc'd (data set), the rest is on main's stack */
    if (!uv_is_closing(h))
        uv_close(h, h->type == UV_TCP && h->data ? on_close : NULL);
}

int main(int argc, char **argv)
{
    int port = argc > 1 ? atoi(argv[1]) : 0;
    uv_tcp_t server;
    uv_signal_t sigterm, sigint;
    struct sockaddr_in addr;
    int addrlen = sizeof addr;
    int rc;

    signal(SIGPIPE, SIG_IGN);
    for (size_t i = 0; i < RESP_COPIES; i++)
        memcpy(resp_block + i * RESP_LEN, RESP, RESP_LEN);

    loop = uv_default_loop();
    uv_signal_init(loop, &sigterm);
    uv_signal_start(&sigterm, on_signal, SIGTERM);
    uv_signal_init(loop, &sigint);
    uv_signal_start(&sigint, on_signal, SIGINT);

    uv_tcp_init(loop, &server);
    server.data = NULL;
    uv_ip4_addr("127.0.0.1", port, &addr);
    if ((rc = uv_tcp_bind(&server, (const struct sockaddr *)&addr, 0)) != 0 ||
        (rc = uv_listen((uv_stream_t *)&server, SOMAXCONN, on_connection)) != 0 ||
        (rc = uv_tcp_getsockname(&server, (struct sockaddr *)&addr, &addrlen)) != 0) {
        fprintf(stderr, "http_uv: listen: %s\n", uv_strerror(rc));
        return 1;
    }
    printf("port=%d\n", ntohs(addr.sin_port));
    fflush(stdout);

    uv_run(loop, UV_RUN_DEFAULT);

    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long long cpu_us = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000LL +
                       ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
    printf("cpu_us=%lld requests=%llu\n", cpu_us, responses);
    fflush(stdout);

    /* Tidy up: close every handle (connections are freed in on_close). */
    uv_walk(loop, close_any, NULL);
    uv_run(loop, UV_RUN_DEFAULT);
    uv_loop_close(loop);
    return 0;
}
