# 0 "tests/e2e/malformed/async_without_params.c"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "/usr/include/stdc-predef.h" 1 3 4
# 0 "<command-line>" 2
# 1 "runtime/include/asyncc.h" 1 3 4
# 12 "runtime/include/asyncc.h" 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 145 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 3 4
# 145 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 3 4
typedef long int ptrdiff_t;
# 214 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 3 4
typedef long unsigned int size_t;
# 329 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 3 4
typedef int wchar_t;
# 424 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 3 4
# 435 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 3 4
typedef struct {
  long long __max_align_ll __attribute__((__aligned__(__alignof__(long long))));
  long double __max_align_ld __attribute__((__aligned__(__alignof__(long double))));

} max_align_t;
# 13 "runtime/include/asyncc.h" 2 3 4





struct sockaddr;
struct addrinfo;
struct stat;
# 30 "runtime/include/asyncc.h" 3 4
typedef struct ac_task ac_task;
typedef struct ac_frame ac_frame;
typedef struct ac_waitq ac_waitq;




typedef void (*ac_oom_handler)(size_t bytes);
ac_oom_handler ac_set_oom_handler(ac_oom_handler h);


const char *ac_strerror(int err);



size_t ac_frames_live(void);
size_t ac_frames_pooled_bytes(void);
# 58 "runtime/include/asyncc.h" 3 4
typedef ac_frame *(*ac_step_fn)(ac_frame *self);

struct ac_frame {
  ac_step_fn step;
  ac_frame *caller;
  int state;
  unsigned meta;
};

enum { AC_STATE_DONE = -1 };



extern const char ac__abi_v2;





static inline void *ac__result_at(ac_frame *f, size_t align) {
  return (char *)f + (sizeof(ac_frame) + align - 1) / align * align;
}


static inline unsigned ac__result_meta(size_t size, size_t align) {
  return ((size < 0xFFFFFu ? (unsigned)size : 0xFFFFFu) << 12) | ((unsigned)__builtin_ctzl(align) << 8);
}



void *ac__frame_alloc(size_t size, unsigned result_meta);
void ac__frame_free(ac_frame *f);



ac_frame *ac__await(ac_frame *self, ac_frame *child);






extern _Thread_local unsigned ac__call_budget;

static inline ac_frame *ac__call(ac_frame *self, ac_frame *child) {
  child->caller = self;
  if (!ac__call_budget)
    return ac__await(self, child);
  ac__call_budget--;
  ac_frame *next = child->step(child);
  ac__call_budget++;
  return next;
}

ac_frame *ac__return(ac_frame *self);


ac_task *ac__spawn(ac_frame *root);





int ac__run_main(ac_frame *root, void *result, size_t size);

int ac__main_error(int rc);




ac_frame *ac__yield(ac_frame *self, int *out);
ac_frame *ac__sleep(ac_frame *self, int *out, long ms);
ac_frame *ac__wait_fd(ac_frame *self, int *out, int fd, int events);
ac_frame *ac__blocking(ac_frame *self, long *out, long (*fn)(void *), void *arg);
ac_frame *ac__signal_wait(ac_frame *self, int *out, int signo);
ac_frame *ac__wait_tasks(ac_frame *self, int *out, ac_task *const *tasks, size_t n);
struct ac_waiter;
ac_frame *ac__park(ac_frame *self, int *out, ac_waitq *q, struct ac_waiter *w);




typedef struct {
  const char *file;
  int line;
} ac_site;
typedef struct {
  ac_step_fn step;
  const char *name;
  int nsites;
  const ac_site *sites;
} ac_fninfo;
typedef struct ac_fnreg {
  const ac_fninfo *const *fns;
  int n;
  struct ac_fnreg *next;
} ac_fnreg;
void ac__register(ac_fnreg *unit);



__async int ac__join_sized(ac_task *t, void *result, size_t size);
__async int ac__gather_sized(ac_task *const *tasks, size_t n, void *results, size_t size);
__async int ac__race_sized(ac_task *const *tasks, size_t n, void *result, size_t size);
__async int ac__join_timeout_sized(ac_task *t, long ms, void *result, size_t size);
# 187 "runtime/include/asyncc.h" 3 4
__async int ac_yield(void) __attribute__((__asyncc_leaf__));


__async int ac_sleep(long ms) __attribute__((__asyncc_leaf__));
# 215 "runtime/include/asyncc.h" 3 4
int ac_detach(ac_task *t);


int ac_cancel(ac_task *t);

ac_task *ac_current(void);

size_t ac_tasks_live(void);
# 235 "runtime/include/asyncc.h" 3 4
int ac_dump_tasks(int fd);
int ac_dump_on_signal(int signo);







long long ac_now(void);
int ac_clock_virtual(int on);






typedef struct ac_loop ac_loop;
ac_loop *ac_loop_current(void);
int ac_post(ac_loop *loop, void (*fn)(void *arg), void *arg);







enum { AC_READABLE = 1, AC_WRITABLE = 4 };




__async int ac_wait_fd(int fd, int events) __attribute__((__asyncc_leaf__));

__async long ac_read(int fd, void *buf, size_t n);



__async long ac_write(int fd, const void *buf, size_t n);

__async long ac_recv(int fd, void *buf, size_t n, int flags);
__async long ac_send(int fd, const void *buf, size_t n, int flags);



__async int ac_accept(int fd, struct sockaddr *addr, unsigned *addrlen);

__async int ac_connect(int fd, const struct sockaddr *addr, unsigned addrlen, long timeout_ms);



__async int ac_tcp_connect(const char *host, int port, long timeout_ms);
__async int ac_unix_connect(const char *path);

__async int ac_getaddrinfo(const char *host, const char *service, const struct addrinfo *hints,
                           struct addrinfo **res);


int ac_socket(int domain, int type, int protocol);


int ac_tcp_listen(const char *ip, int port, int backlog);
int ac_unix_listen(const char *path, int backlog);

int ac_local_port(int fd);

int ac_close(int fd);





int ac_pool_size(unsigned threads);





__async long ac_blocking(long (*fn)(void *arg), void *arg) __attribute__((__asyncc_leaf__));



__async int ac_file_open(const char *path, int flags, unsigned mode);
__async long ac_file_read(int fd, void *buf, size_t n, long long offset);
__async long ac_file_write(int fd, const void *buf, size_t n, long long offset);
__async int ac_file_fsync(int fd);
__async int ac_file_close(int fd);
__async int ac_file_stat(const char *path, struct stat *st);
__async int ac_file_unlink(const char *path);





typedef struct ac_waitq {
  struct ac_waiter *head, *tail;
} ac_waitq;

typedef struct {
  ac_waitq q;
  ac_task *owner;
} ac_mutex;
typedef struct {
  ac_waitq q;
  long count;
} ac_sem;
typedef struct {
  ac_waitq q;
  int set;
} ac_event;
typedef struct ac_chan ac_chan;

void ac_mutex_init(ac_mutex *m);


int ac_mutex_trylock(ac_mutex *m);
int ac_mutex_unlock(ac_mutex *m);
void ac_sem_init(ac_sem *s, long count);
int ac_sem_trywait(ac_sem *s);
void ac_sem_post(ac_sem *s);
void ac_event_init(ac_event *e);

void ac_event_set(ac_event *e);
void ac_event_clear(ac_event *e);


int ac_chan_open(ac_chan **ch, size_t elem_size, size_t capacity);


void ac_chan_close(ac_chan *ch);

int ac_chan_free(ac_chan *ch);
int ac_chan_trysend(ac_chan *ch, const void *elem);
int ac_chan_tryrecv(ac_chan *ch, void *elem);

__async int ac_mutex_lock(ac_mutex *m);
__async int ac_sem_wait(ac_sem *s);
__async int ac_event_wait(ac_event *e);

__async int ac_chan_send(ac_chan *ch, const void *elem);
__async int ac_chan_recv(ac_chan *ch, void *elem);







__async int ac_signal_wait(int signo) __attribute__((__asyncc_leaf__));
# 0 "<command-line>" 2
# 1 "tests/e2e/malformed/async_without_params.c"





# 5 "tests/e2e/malformed/async_without_params.c"
async int n {}
