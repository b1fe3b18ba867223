# 0 "runtime/src/async/io_ops.c"
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
# 1 "runtime/src/async/io_ops.c"





# 1 "/usr/include/errno.h" 1 3 4
# 25 "/usr/include/errno.h" 3 4
# 1 "/usr/include/features.h" 1 3 4
# 392 "/usr/include/features.h" 3 4
# 1 "/usr/include/features-time64.h" 1 3 4
# 20 "/usr/include/features-time64.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wordsize.h" 1 3 4
# 21 "/usr/include/features-time64.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/timesize.h" 1 3 4
# 19 "/usr/include/x86_64-linux-gnu/bits/timesize.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wordsize.h" 1 3 4
# 20 "/usr/include/x86_64-linux-gnu/bits/timesize.h" 2 3 4
# 22 "/usr/include/features-time64.h" 2 3 4
# 393 "/usr/include/features.h" 2 3 4
# 489 "/usr/include/features.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/sys/cdefs.h" 1 3 4
# 561 "/usr/include/x86_64-linux-gnu/sys/cdefs.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wordsize.h" 1 3 4
# 562 "/usr/include/x86_64-linux-gnu/sys/cdefs.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/long-double.h" 1 3 4
# 563 "/usr/include/x86_64-linux-gnu/sys/cdefs.h" 2 3 4
# 490 "/usr/include/features.h" 2 3 4
# 513 "/usr/include/features.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/gnu/stubs.h" 1 3 4
# 10 "/usr/include/x86_64-linux-gnu/gnu/stubs.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/gnu/stubs-64.h" 1 3 4
# 11 "/usr/include/x86_64-linux-gnu/gnu/stubs.h" 2 3 4
# 514 "/usr/include/features.h" 2 3 4
# 26 "/usr/include/errno.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/errno.h" 1 3 4
# 26 "/usr/include/x86_64-linux-gnu/bits/errno.h" 3 4
# 1 "/usr/include/linux/errno.h" 1 3 4
# 1 "/usr/include/x86_64-linux-gnu/asm/errno.h" 1 3 4
# 1 "/usr/include/asm-generic/errno.h" 1 3 4
# 1 "/usr/include/asm-generic/errno-base.h" 1 3 4
# 6 "/usr/include/asm-generic/errno.h" 2 3 4
# 2 "/usr/include/x86_64-linux-gnu/asm/errno.h" 2 3 4
# 2 "/usr/include/linux/errno.h" 2 3 4
# 27 "/usr/include/x86_64-linux-gnu/bits/errno.h" 2 3 4
# 29 "/usr/include/errno.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/error_t.h" 1 3 4
# 22 "/usr/include/x86_64-linux-gnu/bits/types/error_t.h" 3 4
typedef int error_t;
# 49 "/usr/include/errno.h" 2 3 4
# 7 "runtime/src/async/io_ops.c" 2
# 1 "/usr/include/netdb.h" 1 3 4
# 27 "/usr/include/netdb.h" 3 4
# 1 "/usr/include/netinet/in.h" 1 3 4
# 22 "/usr/include/netinet/in.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h" 1 3 4
# 22 "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types.h" 1 3 4
# 27 "/usr/include/x86_64-linux-gnu/bits/types.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wordsize.h" 1 3 4
# 28 "/usr/include/x86_64-linux-gnu/bits/types.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/timesize.h" 1 3 4
# 19 "/usr/include/x86_64-linux-gnu/bits/timesize.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wordsize.h" 1 3 4
# 20 "/usr/include/x86_64-linux-gnu/bits/timesize.h" 2 3 4
# 29 "/usr/include/x86_64-linux-gnu/bits/types.h" 2 3 4
typedef unsigned char __u_char;
typedef unsigned short int __u_short;
typedef unsigned int __u_int;
typedef unsigned long int __u_long;
typedef signed char __int8_t;
typedef unsigned char __uint8_t;
typedef signed short int __int16_t;
typedef unsigned short int __uint16_t;
typedef signed int __int32_t;
typedef unsigned int __uint32_t;
typedef signed long int __int64_t;
typedef unsigned long int __uint64_t;
typedef __int8_t __int_least8_t;
typedef __uint8_t __uint_least8_t;
typedef __int16_t __int_least16_t;
typedef __uint16_t __uint_least16_t;
typedef __int32_t __int_least32_t;
typedef __uint32_t __uint_least32_t;
typedef __int64_t __int_least64_t;
typedef __uint64_t __uint_least64_t;
typedef long int __quad_t;
typedef unsigned long int __u_quad_t;
typedef long int __intmax_t;
typedef unsigned long int __uintmax_t;
# 141 "/usr/include/x86_64-linux-gnu/bits/types.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/typesizes.h" 1 3 4
# 142 "/usr/include/x86_64-linux-gnu/bits/types.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/time64.h" 1 3 4
# 143 "/usr/include/x86_64-linux-gnu/bits/types.h" 2 3 4
typedef unsigned long int __dev_t;
typedef unsigned int __uid_t;
typedef unsigned int __gid_t;
typedef unsigned long int __ino_t;
typedef unsigned long int __ino64_t;
typedef unsigned int __mode_t;
typedef unsigned long int __nlink_t;
typedef long int __off_t;
typedef long int __off64_t;
typedef int __pid_t;
typedef struct { int __val[2]; } __fsid_t;
typedef long int __clock_t;
typedef unsigned long int __rlim_t;
typedef unsigned long int __rlim64_t;
typedef unsigned int __id_t;
typedef long int __time_t;
typedef unsigned int __useconds_t;
typedef long int __suseconds_t;
typedef long int __suseconds64_t;
typedef int __daddr_t;
typedef int __key_t;
typedef int __clockid_t;
typedef void * __timer_t;
typedef long int __blksize_t;
typedef long int __blkcnt_t;
typedef long int __blkcnt64_t;
typedef unsigned long int __fsblkcnt_t;
typedef unsigned long int __fsblkcnt64_t;
typedef unsigned long int __fsfilcnt_t;
typedef unsigned long int __fsfilcnt64_t;
typedef long int __fsword_t;
typedef long int __ssize_t;
typedef long int __syscall_slong_t;
typedef unsigned long int __syscall_ulong_t;
typedef __off64_t __loff_t;
typedef char *__caddr_t;
typedef long int __intptr_t;
typedef unsigned int __socklen_t;
typedef int __sig_atomic_t;
# 23 "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h" 2 3 4
typedef __uint8_t uint8_t;
typedef __uint16_t uint16_t;
typedef __uint32_t uint32_t;
typedef __uint64_t uint64_t;
# 23 "/usr/include/netinet/in.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/sys/socket.h" 1 3 4
# 24 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/struct_iovec.h" 1 3 4
# 23 "/usr/include/x86_64-linux-gnu/bits/types/struct_iovec.h" 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 24 "/usr/include/x86_64-linux-gnu/bits/types/struct_iovec.h" 2 3 4
struct iovec
  {
    void *iov_base;
    size_t iov_len;
  };
# 27 "/usr/include/x86_64-linux-gnu/sys/socket.h" 2 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 29 "/usr/include/x86_64-linux-gnu/sys/socket.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/socket.h" 1 3 4
# 27 "/usr/include/x86_64-linux-gnu/bits/socket.h" 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 28 "/usr/include/x86_64-linux-gnu/bits/socket.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/sys/types.h" 1 3 4
# 27 "/usr/include/x86_64-linux-gnu/sys/types.h" 3 4
typedef __u_char u_char;
typedef __u_short u_short;
typedef __u_int u_int;
typedef __u_long u_long;
typedef __quad_t quad_t;
typedef __u_quad_t u_quad_t;
typedef __fsid_t fsid_t;
typedef __loff_t loff_t;
typedef __ino_t ino_t;
typedef __ino64_t ino64_t;
typedef __dev_t dev_t;
typedef __gid_t gid_t;
typedef __mode_t mode_t;
typedef __nlink_t nlink_t;
typedef __uid_t uid_t;
typedef __off_t off_t;
typedef __off64_t off64_t;
typedef __pid_t pid_t;
typedef __id_t id_t;
typedef __ssize_t ssize_t;
typedef __daddr_t daddr_t;
typedef __caddr_t caddr_t;
typedef __key_t key_t;
# 1 "/usr/include/x86_64-linux-gnu/bits/types/clock_t.h" 1 3 4
typedef __clock_t clock_t;
# 127 "/usr/include/x86_64-linux-gnu/sys/types.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/clockid_t.h" 1 3 4
typedef __clockid_t clockid_t;
# 129 "/usr/include/x86_64-linux-gnu/sys/types.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/time_t.h" 1 3 4
# 10 "/usr/include/x86_64-linux-gnu/bits/types/time_t.h" 3 4
typedef __time_t time_t;
# 130 "/usr/include/x86_64-linux-gnu/sys/types.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/timer_t.h" 1 3 4
typedef __timer_t timer_t;
# 131 "/usr/include/x86_64-linux-gnu/sys/types.h" 2 3 4
typedef __useconds_t useconds_t;
typedef __suseconds_t suseconds_t;
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 145 "/usr/include/x86_64-linux-gnu/sys/types.h" 2 3 4
typedef unsigned long int ulong;
typedef unsigned short int ushort;
typedef unsigned int uint;
# 1 "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h" 1 3 4
# 24 "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h" 3 4
typedef __int8_t int8_t;
typedef __int16_t int16_t;
typedef __int32_t int32_t;
typedef __int64_t int64_t;
# 156 "/usr/include/x86_64-linux-gnu/sys/types.h" 2 3 4
typedef __uint8_t u_int8_t;
typedef __uint16_t u_int16_t;
typedef __uint32_t u_int32_t;
typedef __uint64_t u_int64_t;
typedef int register_t __attribute__ ((__mode__ (__word__)));
# 176 "/usr/include/x86_64-linux-gnu/sys/types.h" 3 4
# 1 "/usr/include/endian.h" 1 3 4
# 24 "/usr/include/endian.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/endian.h" 1 3 4
# 35 "/usr/include/x86_64-linux-gnu/bits/endian.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/endianness.h" 1 3 4
# 36 "/usr/include/x86_64-linux-gnu/bits/endian.h" 2 3 4
# 25 "/usr/include/endian.h" 2 3 4
# 35 "/usr/include/endian.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/byteswap.h" 1 3 4
# 33 "/usr/include/x86_64-linux-gnu/bits/byteswap.h" 3 4
# 69 "/usr/include/x86_64-linux-gnu/bits/byteswap.h" 3 4
# 36 "/usr/include/endian.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/uintn-identity.h" 1 3 4
# 32 "/usr/include/x86_64-linux-gnu/bits/uintn-identity.h" 3 4
# 37 "/usr/include/endian.h" 2 3 4
# 177 "/usr/include/x86_64-linux-gnu/sys/types.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/sys/select.h" 1 3 4
# 30 "/usr/include/x86_64-linux-gnu/sys/select.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/select.h" 1 3 4
# 31 "/usr/include/x86_64-linux-gnu/sys/select.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/sigset_t.h" 1 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h" 1 3 4
# 5 "/usr/include/x86_64-linux-gnu/bits/types/sigset_t.h" 2 3 4
typedef __sigset_t sigset_t;
# 34 "/usr/include/x86_64-linux-gnu/sys/select.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h" 1 3 4
struct timeval
{
  __time_t tv_sec;
  __suseconds_t tv_usec;
};
# 38 "/usr/include/x86_64-linux-gnu/sys/select.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h" 1 3 4
# 11 "/usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h" 3 4
# 31 "/usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h" 3 4
struct timespec
{
  __time_t tv_sec;
  __syscall_slong_t tv_nsec;

};
# 40 "/usr/include/x86_64-linux-gnu/sys/select.h" 2 3 4
# 49 "/usr/include/x86_64-linux-gnu/sys/select.h" 3 4
typedef long int __fd_mask;
# 59 "/usr/include/x86_64-linux-gnu/sys/select.h" 3 4
typedef struct
  {
    __fd_mask fds_bits[1024 / (8 * (int) sizeof (__fd_mask))];
  } fd_set;
typedef __fd_mask fd_mask;
# 91 "/usr/include/x86_64-linux-gnu/sys/select.h" 3 4
# 102 "/usr/include/x86_64-linux-gnu/sys/select.h" 3 4
# 127 "/usr/include/x86_64-linux-gnu/sys/select.h" 3 4
# 153 "/usr/include/x86_64-linux-gnu/sys/select.h" 3 4
# 180 "/usr/include/x86_64-linux-gnu/sys/types.h" 2 3 4
typedef __blksize_t blksize_t;
typedef __blkcnt_t blkcnt_t;
typedef __fsblkcnt_t fsblkcnt_t;
typedef __fsfilcnt_t fsfilcnt_t;
# 219 "/usr/include/x86_64-linux-gnu/sys/types.h" 3 4
typedef __blkcnt64_t blkcnt64_t;
typedef __fsblkcnt64_t fsblkcnt64_t;
typedef __fsfilcnt64_t fsfilcnt64_t;
# 1 "/usr/include/x86_64-linux-gnu/bits/pthreadtypes.h" 1 3 4
# 23 "/usr/include/x86_64-linux-gnu/bits/pthreadtypes.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h" 1 3 4
# 44 "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/pthreadtypes-arch.h" 1 3 4
# 21 "/usr/include/x86_64-linux-gnu/bits/pthreadtypes-arch.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wordsize.h" 1 3 4
# 22 "/usr/include/x86_64-linux-gnu/bits/pthreadtypes-arch.h" 2 3 4
# 45 "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/atomic_wide_counter.h" 1 3 4
# 25 "/usr/include/x86_64-linux-gnu/bits/atomic_wide_counter.h" 3 4
typedef union
{
  __extension__ unsigned long long int __value64;
  struct
  {
    unsigned int __low;
    unsigned int __high;
  } __value32;
} __atomic_wide_counter;
# 47 "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h" 2 3 4
typedef struct __pthread_internal_list
{
  struct __pthread_internal_list *__prev;
  struct __pthread_internal_list *__next;
} __pthread_list_t;
typedef struct __pthread_internal_slist
{
  struct __pthread_internal_slist *__next;
} __pthread_slist_t;
# 76 "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/struct_mutex.h" 1 3 4
# 22 "/usr/include/x86_64-linux-gnu/bits/struct_mutex.h" 3 4
# 53 "/usr/include/x86_64-linux-gnu/bits/struct_mutex.h" 3 4
struct __pthread_mutex_s
{
  int __lock;
  unsigned int __count;
  int __owner;
  unsigned int __nusers;
  int __kind;
  short __spins;
  short __elision;
  __pthread_list_t __list;

};
# 77 "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h" 2 3 4
# 89 "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/struct_rwlock.h" 1 3 4
# 23 "/usr/include/x86_64-linux-gnu/bits/struct_rwlock.h" 3 4
# 55 "/usr/include/x86_64-linux-gnu/bits/struct_rwlock.h" 3 4
struct __pthread_rwlock_arch_t
{
  unsigned int __readers;
  unsigned int __writers;
  unsigned int __wrphase_futex;
  unsigned int __writers_futex;
  unsigned int __pad3;
  unsigned int __pad4;
  int __cur_writer;
  int __shared;
  signed char __rwelision;
  unsigned char __pad1[7];
  unsigned long int __pad2;
  unsigned int __flags;

};
# 90 "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h" 2 3 4
struct __pthread_cond_s
{
  __atomic_wide_counter __wseq;
  __atomic_wide_counter __g1_start;
  unsigned int __g_refs[2] ;
  unsigned int __g_size[2];
  unsigned int __g1_orig_size;
  unsigned int __wrefs;
  unsigned int __g_signals[2];
};
typedef unsigned int __tss_t;
typedef unsigned long int __thrd_t;
typedef struct
{
  int __data ;
} __once_flag;
# 24 "/usr/include/x86_64-linux-gnu/bits/pthreadtypes.h" 2 3 4
typedef unsigned long int pthread_t;
typedef union
{
  char __size[4];
  int __align;
} pthread_mutexattr_t;
typedef union
{
  char __size[4];
  int __align;
} pthread_condattr_t;
typedef unsigned int pthread_key_t;
typedef int pthread_once_t;
union pthread_attr_t
{
  char __size[56];
  long int __align;
};
typedef union pthread_attr_t pthread_attr_t;
typedef union
{
  struct __pthread_mutex_s __data;
  char __size[40];
  long int __align;
} pthread_mutex_t;
typedef union
{
  struct __pthread_cond_s __data;
  char __size[48];
  __extension__ long long int __align;
} pthread_cond_t;
typedef union
{
  struct __pthread_rwlock_arch_t __data;
  char __size[56];
  long int __align;
} pthread_rwlock_t;
typedef union
{
  char __size[8];
  long int __align;
} pthread_rwlockattr_t;
typedef volatile int pthread_spinlock_t;
typedef union
{
  char __size[32];
  long int __align;
} pthread_barrier_t;
typedef union
{
  char __size[4];
  int __align;
} pthread_barrierattr_t;
# 228 "/usr/include/x86_64-linux-gnu/sys/types.h" 2 3 4
# 30 "/usr/include/x86_64-linux-gnu/bits/socket.h" 2 3 4
typedef __socklen_t socklen_t;
# 1 "/usr/include/x86_64-linux-gnu/bits/socket_type.h" 1 3 4
# 24 "/usr/include/x86_64-linux-gnu/bits/socket_type.h" 3 4
enum __socket_type
{
  SOCK_STREAM = 1,
  SOCK_DGRAM = 2,
  SOCK_RAW = 3,
  SOCK_RDM = 4,
  SOCK_SEQPACKET = 5,
  SOCK_DCCP = 6,
  SOCK_PACKET = 10,
  SOCK_CLOEXEC = 02000000,
  SOCK_NONBLOCK = 00004000
};
# 39 "/usr/include/x86_64-linux-gnu/bits/socket.h" 2 3 4
# 180 "/usr/include/x86_64-linux-gnu/bits/socket.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/sockaddr.h" 1 3 4
# 28 "/usr/include/x86_64-linux-gnu/bits/sockaddr.h" 3 4
typedef unsigned short int sa_family_t;
# 181 "/usr/include/x86_64-linux-gnu/bits/socket.h" 2 3 4
struct sockaddr
  {
    sa_family_t sa_family;
    char sa_data[14];
  };
# 196 "/usr/include/x86_64-linux-gnu/bits/socket.h" 3 4
struct sockaddr_storage
  {
    sa_family_t ss_family;
    char __ss_padding[(128 - (sizeof (unsigned short int)) - sizeof (unsigned long int))];
    unsigned long int __ss_align;
  };
enum
  {
    MSG_OOB = 0x01,
    MSG_PEEK = 0x02,
    MSG_DONTROUTE = 0x04,
    MSG_TRYHARD = MSG_DONTROUTE,
    MSG_CTRUNC = 0x08,
    MSG_PROXY = 0x10,
    MSG_TRUNC = 0x20,
    MSG_DONTWAIT = 0x40,
    MSG_EOR = 0x80,
    MSG_WAITALL = 0x100,
    MSG_FIN = 0x200,
    MSG_SYN = 0x400,
    MSG_CONFIRM = 0x800,
    MSG_RST = 0x1000,
    MSG_ERRQUEUE = 0x2000,
    MSG_NOSIGNAL = 0x4000,
    MSG_MORE = 0x8000,
    MSG_WAITFORONE = 0x10000,
    MSG_BATCH = 0x40000,
    MSG_ZEROCOPY = 0x4000000,
    MSG_FASTOPEN = 0x20000000,
    MSG_CMSG_CLOEXEC = 0x40000000
  };
struct msghdr
  {
    void *msg_name;
    socklen_t msg_namelen;
    struct iovec *msg_iov;
    size_t msg_iovlen;
    void *msg_control;
    size_t msg_controllen;
    int msg_flags;
  };
struct cmsghdr
  {
    size_t cmsg_len;
    int cmsg_level;
    int cmsg_type;
    __extension__ unsigned char __cmsg_data [];
  };
# 316 "/usr/include/x86_64-linux-gnu/bits/socket.h" 3 4
# 363 "/usr/include/x86_64-linux-gnu/bits/socket.h" 3 4
enum
  {
    SCM_RIGHTS = 0x01
    , SCM_CREDENTIALS = 0x02
  };
struct ucred
{
  pid_t pid;
  uid_t uid;
  gid_t gid;
};
# 1 "/usr/include/x86_64-linux-gnu/asm/socket.h" 1 3 4
# 1 "/usr/include/asm-generic/socket.h" 1 3 4
# 1 "/usr/include/linux/posix_types.h" 1 3 4
# 1 "/usr/include/linux/stddef.h" 1 3 4
# 6 "/usr/include/linux/posix_types.h" 2 3 4
# 25 "/usr/include/linux/posix_types.h" 3 4
typedef struct {
 unsigned long fds_bits[1024 / (8 * sizeof(long))];
} __kernel_fd_set;
typedef void (*__kernel_sighandler_t)(int);
typedef int __kernel_key_t;
typedef int __kernel_mqd_t;
# 1 "/usr/include/x86_64-linux-gnu/asm/posix_types.h" 1 3 4
# 1 "/usr/include/x86_64-linux-gnu/asm/posix_types_64.h" 1 3 4
# 11 "/usr/include/x86_64-linux-gnu/asm/posix_types_64.h" 3 4
typedef unsigned short __kernel_old_uid_t;
typedef unsigned short __kernel_old_gid_t;
typedef unsigned long __kernel_old_dev_t;
# 1 "/usr/include/asm-generic/posix_types.h" 1 3 4
# 1 "/usr/include/x86_64-linux-gnu/asm/bitsperlong.h" 1 3 4
# 11 "/usr/include/x86_64-linux-gnu/asm/bitsperlong.h" 3 4
# 1 "/usr/include/asm-generic/bitsperlong.h" 1 3 4
# 12 "/usr/include/x86_64-linux-gnu/asm/bitsperlong.h" 2 3 4
# 6 "/usr/include/asm-generic/posix_types.h" 2 3 4
# 15 "/usr/include/asm-generic/posix_types.h" 3 4
typedef long __kernel_long_t;
typedef unsigned long __kernel_ulong_t;
typedef __kernel_ulong_t __kernel_ino_t;
typedef unsigned int __kernel_mode_t;
typedef int __kernel_pid_t;
typedef int __kernel_ipc_pid_t;
typedef unsigned int __kernel_uid_t;
typedef unsigned int __kernel_gid_t;
typedef __kernel_long_t __kernel_suseconds_t;
typedef int __kernel_daddr_t;
typedef unsigned int __kernel_uid32_t;
typedef unsigned int __kernel_gid32_t;
# 72 "/usr/include/asm-generic/posix_types.h" 3 4
typedef __kernel_ulong_t __kernel_size_t;
typedef __kernel_long_t __kernel_ssize_t;
typedef __kernel_long_t __kernel_ptrdiff_t;
typedef struct {
 int val[2];
} __kernel_fsid_t;
typedef __kernel_long_t __kernel_off_t;
typedef long long __kernel_loff_t;
typedef __kernel_long_t __kernel_old_time_t;
typedef __kernel_long_t __kernel_time_t;
typedef long long __kernel_time64_t;
typedef __kernel_long_t __kernel_clock_t;
typedef int __kernel_timer_t;
typedef int __kernel_clockid_t;
typedef char * __kernel_caddr_t;
typedef unsigned short __kernel_uid16_t;
typedef unsigned short __kernel_gid16_t;
# 19 "/usr/include/x86_64-linux-gnu/asm/posix_types_64.h" 2 3 4
# 8 "/usr/include/x86_64-linux-gnu/asm/posix_types.h" 2 3 4
# 37 "/usr/include/linux/posix_types.h" 2 3 4
# 6 "/usr/include/asm-generic/socket.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/asm/sockios.h" 1 3 4
# 1 "/usr/include/asm-generic/sockios.h" 1 3 4
# 2 "/usr/include/x86_64-linux-gnu/asm/sockios.h" 2 3 4
# 7 "/usr/include/asm-generic/socket.h" 2 3 4
# 2 "/usr/include/x86_64-linux-gnu/asm/socket.h" 2 3 4
# 386 "/usr/include/x86_64-linux-gnu/bits/socket.h" 2 3 4
struct linger
  {
    int l_onoff;
    int l_linger;
  };
# 34 "/usr/include/x86_64-linux-gnu/sys/socket.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/struct_osockaddr.h" 1 3 4
struct osockaddr
{
  unsigned short int sa_family;
  unsigned char sa_data[14];
};
# 37 "/usr/include/x86_64-linux-gnu/sys/socket.h" 2 3 4
enum
{
  SHUT_RD = 0,
  SHUT_WR,
  SHUT_RDWR
};
# 79 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
typedef union { struct sockaddr *__restrict __sockaddr__; struct sockaddr_at *__restrict __sockaddr_at__; struct sockaddr_ax25 *__restrict __sockaddr_ax25__; struct sockaddr_dl *__restrict __sockaddr_dl__; struct sockaddr_eon *__restrict __sockaddr_eon__; struct sockaddr_in *__restrict __sockaddr_in__; struct sockaddr_in6 *__restrict __sockaddr_in6__; struct sockaddr_inarp *__restrict __sockaddr_inarp__; struct sockaddr_ipx *__restrict __sockaddr_ipx__; struct sockaddr_iso *__restrict __sockaddr_iso__; struct sockaddr_ns *__restrict __sockaddr_ns__; struct sockaddr_un *__restrict __sockaddr_un__; struct sockaddr_x25 *__restrict __sockaddr_x25__;
       } __SOCKADDR_ARG __attribute__ ((__transparent_union__));
typedef union { const struct sockaddr *__restrict __sockaddr__; const struct sockaddr_at *__restrict __sockaddr_at__; const struct sockaddr_ax25 *__restrict __sockaddr_ax25__; const struct sockaddr_dl *__restrict __sockaddr_dl__; const struct sockaddr_eon *__restrict __sockaddr_eon__; const struct sockaddr_in *__restrict __sockaddr_in__; const struct sockaddr_in6 *__restrict __sockaddr_in6__; const struct sockaddr_inarp *__restrict __sockaddr_inarp__; const struct sockaddr_ipx *__restrict __sockaddr_ipx__; const struct sockaddr_iso *__restrict __sockaddr_iso__; const struct sockaddr_ns *__restrict __sockaddr_ns__; const struct sockaddr_un *__restrict __sockaddr_un__; const struct sockaddr_x25 *__restrict __sockaddr_x25__;
       } __CONST_SOCKADDR_ARG __attribute__ ((__transparent_union__));
struct mmsghdr
  {
    struct msghdr msg_hdr;
    unsigned int msg_len;
  };
# 126 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 163 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 174 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 195 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 216 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 235 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 255 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 277 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 296 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 306 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 324 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 346 "/usr/include/x86_64-linux-gnu/sys/socket.h" 3 4
# 24 "/usr/include/netinet/in.h" 2 3 4
typedef uint32_t in_addr_t;
struct in_addr
  {
    in_addr_t s_addr;
  };
# 1 "/usr/include/x86_64-linux-gnu/bits/in.h" 1 3 4
# 143 "/usr/include/x86_64-linux-gnu/bits/in.h" 3 4
struct ip_opts
  {
    struct in_addr ip_dst;
    char ip_opts[40];
  };
struct in_pktinfo
  {
    int ipi_ifindex;
    struct in_addr ipi_spec_dst;
    struct in_addr ipi_addr;
  };
# 38 "/usr/include/netinet/in.h" 2 3 4
enum
  {
    IPPROTO_IP = 0,
    IPPROTO_ICMP = 1,
    IPPROTO_IGMP = 2,
    IPPROTO_IPIP = 4,
    IPPROTO_TCP = 6,
    IPPROTO_EGP = 8,
    IPPROTO_PUP = 12,
    IPPROTO_UDP = 17,
    IPPROTO_IDP = 22,
    IPPROTO_TP = 29,
    IPPROTO_DCCP = 33,
    IPPROTO_IPV6 = 41,
    IPPROTO_RSVP = 46,
    IPPROTO_GRE = 47,
    IPPROTO_ESP = 50,
    IPPROTO_AH = 51,
    IPPROTO_MTP = 92,
    IPPROTO_BEETPH = 94,
    IPPROTO_ENCAP = 98,
    IPPROTO_PIM = 103,
    IPPROTO_COMP = 108,
    IPPROTO_SCTP = 132,
    IPPROTO_UDPLITE = 136,
    IPPROTO_MPLS = 137,
    IPPROTO_ETHERNET = 143,
    IPPROTO_RAW = 255,
    IPPROTO_MPTCP = 262,
    IPPROTO_MAX
  };
enum
  {
    IPPROTO_HOPOPTS = 0,
    IPPROTO_ROUTING = 43,
    IPPROTO_FRAGMENT = 44,
    IPPROTO_ICMPV6 = 58,
    IPPROTO_NONE = 59,
    IPPROTO_DSTOPTS = 60,
    IPPROTO_MH = 135
  };
typedef uint16_t in_port_t;
enum
  {
    IPPORT_ECHO = 7,
    IPPORT_DISCARD = 9,
    IPPORT_SYSTAT = 11,
    IPPORT_DAYTIME = 13,
    IPPORT_NETSTAT = 15,
    IPPORT_FTP = 21,
    IPPORT_TELNET = 23,
    IPPORT_SMTP = 25,
    IPPORT_TIMESERVER = 37,
    IPPORT_NAMESERVER = 42,
    IPPORT_WHOIS = 43,
    IPPORT_MTP = 57,
    IPPORT_TFTP = 69,
    IPPORT_RJE = 77,
    IPPORT_FINGER = 79,
    IPPORT_TTYLINK = 87,
    IPPORT_SUPDUP = 95,
    IPPORT_EXECSERVER = 512,
    IPPORT_LOGINSERVER = 513,
    IPPORT_CMDSERVER = 514,
    IPPORT_EFSSERVER = 520,
    IPPORT_BIFFUDP = 512,
    IPPORT_WHOSERVER = 513,
    IPPORT_ROUTESERVER = 520,
    IPPORT_RESERVED = 1024,
    IPPORT_USERRESERVED = 5000
  };
# 219 "/usr/include/netinet/in.h" 3 4
struct in6_addr
  {
    union
      {
 uint8_t __u6_addr8[16];
 uint16_t __u6_addr16[8];
 uint32_t __u6_addr32[4];
      } __in6_u;
  };
# 245 "/usr/include/netinet/in.h" 3 4
struct sockaddr_in
  {
    sa_family_t sin_family;
    in_port_t sin_port;
    struct in_addr sin_addr;
    unsigned char sin_zero[sizeof (struct sockaddr)
      - (sizeof (unsigned short int))
      - sizeof (in_port_t)
      - sizeof (struct in_addr)];
  };
struct sockaddr_in6
  {
    sa_family_t sin6_family;
    in_port_t sin6_port;
    uint32_t sin6_flowinfo;
    struct in6_addr sin6_addr;
    uint32_t sin6_scope_id;
  };
struct ip_mreq
  {
    struct in_addr imr_multiaddr;
    struct in_addr imr_interface;
  };
struct ip_mreqn
  {
    struct in_addr imr_multiaddr;
    struct in_addr imr_address;
    int imr_ifindex;
  };
struct ip_mreq_source
  {
    struct in_addr imr_multiaddr;
    struct in_addr imr_interface;
    struct in_addr imr_sourceaddr;
  };
struct ipv6_mreq
  {
    struct in6_addr ipv6mr_multiaddr;
    unsigned int ipv6mr_interface;
  };
struct group_req
  {
    uint32_t gr_interface;
    struct sockaddr_storage gr_group;
  };
struct group_source_req
  {
    uint32_t gsr_interface;
    struct sockaddr_storage gsr_group;
    struct sockaddr_storage gsr_source;
  };
struct ip_msfilter
  {
    struct in_addr imsf_multiaddr;
    struct in_addr imsf_interface;
    uint32_t imsf_fmode;
    uint32_t imsf_numsrc;
    struct in_addr imsf_slist[1];
  };
struct group_filter
  {
    uint32_t gf_interface;
    struct sockaddr_storage gf_group;
    uint32_t gf_fmode;
    uint32_t gf_numsrc;
    struct sockaddr_storage gf_slist[1];
};
# 395 "/usr/include/netinet/in.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/byteswap.h" 1 3 4
# 407 "/usr/include/netinet/in.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/uintn-identity.h" 1 3 4
# 408 "/usr/include/netinet/in.h" 2 3 4
# 523 "/usr/include/netinet/in.h" 3 4
# 553 "/usr/include/netinet/in.h" 3 4
struct in6_pktinfo
  {
    struct in6_addr ipi6_addr;
    unsigned int ipi6_ifindex;
  };
struct ip6_mtuinfo
  {
    struct sockaddr_in6 ip6m_addr;
    uint32_t ip6m_mtu;
  };
# 28 "/usr/include/netdb.h" 2 3 4
# 1 "/usr/include/rpc/netdb.h" 1 3 4
# 42 "/usr/include/rpc/netdb.h" 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 43 "/usr/include/rpc/netdb.h" 2 3 4
struct rpcent
{
  char *r_name;
  char **r_aliases;
  int r_number;
};
# 33 "/usr/include/netdb.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/sigevent_t.h" 1 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wordsize.h" 1 3 4
# 5 "/usr/include/x86_64-linux-gnu/bits/types/sigevent_t.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/__sigval_t.h" 1 3 4
# 24 "/usr/include/x86_64-linux-gnu/bits/types/__sigval_t.h" 3 4
union sigval
{
  int sival_int;
  void *sival_ptr;
};
typedef union sigval __sigval_t;
# 7 "/usr/include/x86_64-linux-gnu/bits/types/sigevent_t.h" 2 3 4
# 22 "/usr/include/x86_64-linux-gnu/bits/types/sigevent_t.h" 3 4
typedef struct sigevent
  {
    __sigval_t sigev_value;
    int sigev_signo;
    int sigev_notify;
    union
      {
 int _pad[((64 / sizeof (int)) - 4)];
 __pid_t _tid;
 struct
   {
     void (*_function) (__sigval_t);
     pthread_attr_t *_attribute;
   } _sigev_thread;
      } _sigev_un;
  } sigevent_t;
# 37 "/usr/include/netdb.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/netdb.h" 1 3 4
# 26 "/usr/include/x86_64-linux-gnu/bits/netdb.h" 3 4
struct netent
{
  char *n_name;
  char **n_aliases;
  int n_addrtype;
  uint32_t n_net;
};
# 41 "/usr/include/netdb.h" 2 3 4
# 51 "/usr/include/netdb.h" 3 4
# 90 "/usr/include/netdb.h" 3 4
struct hostent
{
  char *h_name;
  char **h_aliases;
  int h_addrtype;
  int h_length;
  char **h_addr_list;
};
# 153 "/usr/include/netdb.h" 3 4
# 165 "/usr/include/netdb.h" 3 4
# 196 "/usr/include/netdb.h" 3 4
# 235 "/usr/include/netdb.h" 3 4
struct servent
{
  char *s_name;
  char **s_aliases;
  int s_port;
  char *s_proto;
};
# 306 "/usr/include/netdb.h" 3 4
struct protoent
{
  char *p_name;
  char **p_aliases;
  int p_proto;
};
# 372 "/usr/include/netdb.h" 3 4
# 393 "/usr/include/netdb.h" 3 4
# 410 "/usr/include/netdb.h" 3 4
# 421 "/usr/include/netdb.h" 3 4
# 449 "/usr/include/netdb.h" 3 4
# 461 "/usr/include/netdb.h" 3 4
# 477 "/usr/include/netdb.h" 3 4
# 489 "/usr/include/netdb.h" 3 4
# 503 "/usr/include/netdb.h" 3 4
# 513 "/usr/include/netdb.h" 3 4
# 526 "/usr/include/netdb.h" 3 4
# 537 "/usr/include/netdb.h" 3 4
# 549 "/usr/include/netdb.h" 3 4
# 558 "/usr/include/netdb.h" 3 4
struct addrinfo
{
  int ai_flags;
  int ai_family;
  int ai_socktype;
  int ai_protocol;
  socklen_t ai_addrlen;
  struct sockaddr *ai_addr;
  char *ai_canonname;
  struct addrinfo *ai_next;
};
struct gaicb
{
  const char *ar_name;
  const char *ar_service;
  const struct addrinfo *ar_request;
  struct addrinfo *ar_result;
  int __return;
  int __glibc_reserved[5];
};
# 660 "/usr/include/netdb.h" 3 4
# 690 "/usr/include/netdb.h" 3 4
# 701 "/usr/include/netdb.h" 3 4
# 716 "/usr/include/netdb.h" 3 4
# 8 "runtime/src/async/io_ops.c" 2
# 1 "/usr/include/stdio.h" 1 3 4
# 27 "/usr/include/stdio.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/libc-header-start.h" 1 3 4
# 28 "/usr/include/stdio.h" 2 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 34 "/usr/include/stdio.h" 2 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stdarg.h" 1 3 4
# 40 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stdarg.h" 3 4
typedef __builtin_va_list __gnuc_va_list;
# 37 "/usr/include/stdio.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h" 1 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/__mbstate_t.h" 1 3 4
# 13 "/usr/include/x86_64-linux-gnu/bits/types/__mbstate_t.h" 3 4
typedef struct
{
  int __count;
  union
  {
    unsigned int __wch;
    char __wchb[4];
  } __value;
} __mbstate_t;
# 6 "/usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h" 2 3 4
typedef struct _G_fpos_t
{
  __off_t __pos;
  __mbstate_t __state;
} __fpos_t;
# 40 "/usr/include/stdio.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/__fpos64_t.h" 1 3 4
# 10 "/usr/include/x86_64-linux-gnu/bits/types/__fpos64_t.h" 3 4
typedef struct _G_fpos64_t
{
  __off64_t __pos;
  __mbstate_t __state;
} __fpos64_t;
# 41 "/usr/include/stdio.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/__FILE.h" 1 3 4
typedef struct _IO_FILE __FILE;
# 42 "/usr/include/stdio.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/FILE.h" 1 3 4
typedef struct _IO_FILE FILE;
# 43 "/usr/include/stdio.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h" 1 3 4
# 35 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h" 3 4
typedef void _IO_lock_t;
struct _IO_FILE
{
  int _flags;
  char *_IO_read_ptr;
  char *_IO_read_end;
  char *_IO_read_base;
  char *_IO_write_base;
  char *_IO_write_ptr;
  char *_IO_write_end;
  char *_IO_buf_base;
  char *_IO_buf_end;
  char *_IO_save_base;
  char *_IO_backup_base;
  char *_IO_save_end;
  struct _IO_marker *_markers;
  struct _IO_FILE *_chain;
  int _fileno;
  int _flags2;
  __off_t _old_offset;
  unsigned short _cur_column;
  signed char _vtable_offset;
  char _shortbuf[1];
  _IO_lock_t *_lock;
  __off64_t _offset;
  struct _IO_codecvt *_codecvt;
  struct _IO_wide_data *_wide_data;
  struct _IO_FILE *_freeres_list;
  void *_freeres_buf;
  size_t __pad5;
  int _mode;
  char _unused2[15 * sizeof (int) - 4 * sizeof (void *) - sizeof (size_t)];
};
# 44 "/usr/include/stdio.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/cookie_io_functions_t.h" 1 3 4
# 27 "/usr/include/x86_64-linux-gnu/bits/types/cookie_io_functions_t.h" 3 4
typedef __ssize_t cookie_read_function_t (void *__cookie, char *__buf,
                                          size_t __nbytes);
typedef __ssize_t cookie_write_function_t (void *__cookie, const char *__buf,
                                           size_t __nbytes);
typedef int cookie_seek_function_t (void *__cookie, __off64_t *__pos, int __w);
typedef int cookie_close_function_t (void *__cookie);
typedef struct _IO_cookie_io_functions_t
{
  cookie_read_function_t *read;
  cookie_write_function_t *write;
  cookie_seek_function_t *seek;
  cookie_close_function_t *close;
} cookie_io_functions_t;
# 47 "/usr/include/stdio.h" 2 3 4
typedef __gnuc_va_list va_list;
# 84 "/usr/include/stdio.h" 3 4
typedef __fpos_t fpos_t;
typedef __fpos64_t fpos64_t;
# 133 "/usr/include/stdio.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/stdio_lim.h" 1 3 4
# 134 "/usr/include/stdio.h" 2 3 4
# 143 "/usr/include/stdio.h" 3 4
# 170 "/usr/include/stdio.h" 3 4
# 188 "/usr/include/stdio.h" 3 4
# 200 "/usr/include/stdio.h" 3 4
# 222 "/usr/include/stdio.h" 3 4
# 239 "/usr/include/stdio.h" 3 4
# 249 "/usr/include/stdio.h" 3 4
# 258 "/usr/include/stdio.h" 3 4
# 283 "/usr/include/stdio.h" 3 4
# 328 "/usr/include/stdio.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/floatn.h" 1 3 4
# 120 "/usr/include/x86_64-linux-gnu/bits/floatn.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/floatn-common.h" 1 3 4
# 24 "/usr/include/x86_64-linux-gnu/bits/floatn-common.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/long-double.h" 1 3 4
# 25 "/usr/include/x86_64-linux-gnu/bits/floatn-common.h" 2 3 4
# 121 "/usr/include/x86_64-linux-gnu/bits/floatn.h" 2 3 4
# 431 "/usr/include/stdio.h" 2 3 4
# 459 "/usr/include/stdio.h" 3 4
# 513 "/usr/include/stdio.h" 3 4
# 538 "/usr/include/stdio.h" 3 4
# 549 "/usr/include/stdio.h" 3 4
# 565 "/usr/include/stdio.h" 3 4
# 615 "/usr/include/stdio.h" 3 4
# 632 "/usr/include/stdio.h" 3 4
# 691 "/usr/include/stdio.h" 3 4
# 702 "/usr/include/stdio.h" 3 4
# 736 "/usr/include/stdio.h" 3 4
# 760 "/usr/include/stdio.h" 3 4
# 779 "/usr/include/stdio.h" 3 4
# 823 "/usr/include/stdio.h" 3 4
# 885 "/usr/include/stdio.h" 3 4
# 909 "/usr/include/stdio.h" 3 4
# 9 "runtime/src/async/io_ops.c" 2
# 1 "/usr/include/poll.h" 1 3 4
# 1 "/usr/include/x86_64-linux-gnu/sys/poll.h" 1 3 4
# 25 "/usr/include/x86_64-linux-gnu/sys/poll.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/poll.h" 1 3 4
# 26 "/usr/include/x86_64-linux-gnu/sys/poll.h" 2 3 4
typedef unsigned long int nfds_t;
struct pollfd
  {
    int fd;
    short int events;
    short int revents;
  };
# 54 "/usr/include/x86_64-linux-gnu/sys/poll.h" 3 4
# 64 "/usr/include/x86_64-linux-gnu/sys/poll.h" 3 4
# 82 "/usr/include/x86_64-linux-gnu/sys/poll.h" 3 4
# 2 "/usr/include/poll.h" 2 3 4
# 10 "runtime/src/async/io_ops.c" 2
# 1 "/usr/include/stdlib.h" 1 3 4
# 26 "/usr/include/stdlib.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/libc-header-start.h" 1 3 4
# 27 "/usr/include/stdlib.h" 2 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 33 "/usr/include/stdlib.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/waitflags.h" 1 3 4
# 41 "/usr/include/stdlib.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/waitstatus.h" 1 3 4
# 42 "/usr/include/stdlib.h" 2 3 4
# 59 "/usr/include/stdlib.h" 3 4
typedef struct
  {
    int quot;
    int rem;
  } div_t;
typedef struct
  {
    long int quot;
    long int rem;
  } ldiv_t;
# 98 "/usr/include/stdlib.h" 3 4
# 141 "/usr/include/stdlib.h" 3 4
# 177 "/usr/include/stdlib.h" 3 4
# 233 "/usr/include/stdlib.h" 3 4
# 273 "/usr/include/stdlib.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/locale_t.h" 1 3 4
# 22 "/usr/include/x86_64-linux-gnu/bits/types/locale_t.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/__locale_t.h" 1 3 4
# 27 "/usr/include/x86_64-linux-gnu/bits/types/__locale_t.h" 3 4
struct __locale_struct
{
  struct __locale_data *__locales[13];
  const unsigned short int *__ctype_b;
  const int *__ctype_tolower;
  const int *__ctype_toupper;
  const char *__names[13];
};
typedef struct __locale_struct *__locale_t;
# 23 "/usr/include/x86_64-linux-gnu/bits/types/locale_t.h" 2 3 4
typedef __locale_t locale_t;
# 274 "/usr/include/stdlib.h" 2 3 4
# 317 "/usr/include/stdlib.h" 3 4
# 386 "/usr/include/stdlib.h" 3 4
# 402 "/usr/include/stdlib.h" 3 4
struct random_data
  {
    int32_t *fptr;
    int32_t *rptr;
    int32_t *state;
    int rand_type;
    int rand_deg;
    int rand_sep;
    int32_t *end_ptr;
  };
struct drand48_data
  {
    unsigned short int __x[3];
    unsigned short int __old_x[3];
    unsigned short int __c;
    unsigned short int __init;
    __extension__ unsigned long long int __a;
  };
# 1 "/usr/include/alloca.h" 1 3 4
# 24 "/usr/include/alloca.h" 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 25 "/usr/include/alloca.h" 2 3 4
# 588 "/usr/include/stdlib.h" 2 3 4
# 695 "/usr/include/stdlib.h" 3 4
# 708 "/usr/include/stdlib.h" 3 4
# 718 "/usr/include/stdlib.h" 3 4
# 730 "/usr/include/stdlib.h" 3 4
# 740 "/usr/include/stdlib.h" 3 4
# 751 "/usr/include/stdlib.h" 3 4
# 762 "/usr/include/stdlib.h" 3 4
# 772 "/usr/include/stdlib.h" 3 4
# 782 "/usr/include/stdlib.h" 3 4
# 794 "/usr/include/stdlib.h" 3 4
# 804 "/usr/include/stdlib.h" 3 4
# 821 "/usr/include/stdlib.h" 3 4
typedef int (*__compar_fn_t) (const void *, const void *);
typedef __compar_fn_t comparison_fn_t;
typedef int (*__compar_d_fn_t) (const void *, const void *, void *);
# 893 "/usr/include/stdlib.h" 3 4
# 980 "/usr/include/stdlib.h" 3 4
# 1036 "/usr/include/stdlib.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/stdlib-float.h" 1 3 4
# 1037 "/usr/include/stdlib.h" 2 3 4
# 1048 "/usr/include/stdlib.h" 3 4
# 11 "runtime/src/async/io_ops.c" 2
# 1 "/usr/include/string.h" 1 3 4
# 26 "/usr/include/string.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/libc-header-start.h" 1 3 4
# 27 "/usr/include/string.h" 2 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 34 "/usr/include/string.h" 2 3 4
# 43 "/usr/include/string.h" 3 4
# 80 "/usr/include/string.h" 3 4
# 107 "/usr/include/string.h" 3 4
# 120 "/usr/include/string.h" 3 4
# 133 "/usr/include/string.h" 3 4
# 246 "/usr/include/string.h" 3 4
# 273 "/usr/include/string.h" 3 4
# 286 "/usr/include/string.h" 3 4
# 323 "/usr/include/string.h" 3 4
# 350 "/usr/include/string.h" 3 4
# 380 "/usr/include/string.h" 3 4
# 444 "/usr/include/string.h" 3 4
# 1 "/usr/include/strings.h" 1 3 4
# 23 "/usr/include/strings.h" 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 24 "/usr/include/strings.h" 2 3 4
# 68 "/usr/include/strings.h" 3 4
# 96 "/usr/include/strings.h" 3 4
# 463 "/usr/include/string.h" 2 3 4
# 527 "/usr/include/string.h" 3 4
# 539 "/usr/include/string.h" 3 4
# 12 "runtime/src/async/io_ops.c" 2

# 1 "/usr/include/x86_64-linux-gnu/sys/un.h" 1 3 4
# 26 "/usr/include/x86_64-linux-gnu/sys/un.h" 3 4
struct sockaddr_un
  {
    sa_family_t sun_family;
    char sun_path[108];
  };
# 44 "/usr/include/x86_64-linux-gnu/sys/un.h" 3 4
# 14 "runtime/src/async/io_ops.c" 2
# 1 "/usr/include/unistd.h" 1 3 4
# 27 "/usr/include/unistd.h" 3 4
# 202 "/usr/include/unistd.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/posix_opt.h" 1 3 4
# 203 "/usr/include/unistd.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/environments.h" 1 3 4
# 22 "/usr/include/x86_64-linux-gnu/bits/environments.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wordsize.h" 1 3 4
# 23 "/usr/include/x86_64-linux-gnu/bits/environments.h" 2 3 4
# 207 "/usr/include/unistd.h" 2 3 4
# 226 "/usr/include/unistd.h" 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 227 "/usr/include/unistd.h" 2 3 4
# 267 "/usr/include/unistd.h" 3 4
typedef __intptr_t intptr_t;
# 287 "/usr/include/unistd.h" 3 4
# 339 "/usr/include/unistd.h" 3 4
# 350 "/usr/include/unistd.h" 3 4
# 389 "/usr/include/unistd.h" 3 4
# 422 "/usr/include/unistd.h" 3 4
# 452 "/usr/include/unistd.h" 3 4
# 464 "/usr/include/unistd.h" 3 4
# 489 "/usr/include/unistd.h" 3 4
# 531 "/usr/include/unistd.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/confname.h" 1 3 4
# 24 "/usr/include/x86_64-linux-gnu/bits/confname.h" 3 4
enum
  {
    _PC_LINK_MAX,
    _PC_MAX_CANON,
    _PC_MAX_INPUT,
    _PC_NAME_MAX,
    _PC_PATH_MAX,
    _PC_PIPE_BUF,
    _PC_CHOWN_RESTRICTED,
    _PC_NO_TRUNC,
    _PC_VDISABLE,
    _PC_SYNC_IO,
    _PC_ASYNC_IO,
    _PC_PRIO_IO,
    _PC_SOCK_MAXBUF,
    _PC_FILESIZEBITS,
    _PC_REC_INCR_XFER_SIZE,
    _PC_REC_MAX_XFER_SIZE,
    _PC_REC_MIN_XFER_SIZE,
    _PC_REC_XFER_ALIGN,
    _PC_ALLOC_SIZE_MIN,
    _PC_SYMLINK_MAX,
    _PC_2_SYMLINKS
  };
enum
  {
    _SC_ARG_MAX,
    _SC_CHILD_MAX,
    _SC_CLK_TCK,
    _SC_NGROUPS_MAX,
    _SC_OPEN_MAX,
    _SC_STREAM_MAX,
    _SC_TZNAME_MAX,
    _SC_JOB_CONTROL,
    _SC_SAVED_IDS,
    _SC_REALTIME_SIGNALS,
    _SC_PRIORITY_SCHEDULING,
    _SC_TIMERS,
    _SC_ASYNCHRONOUS_IO,
    _SC_PRIORITIZED_IO,
    _SC_SYNCHRONIZED_IO,
    _SC_FSYNC,
    _SC_MAPPED_FILES,
    _SC_MEMLOCK,
    _SC_MEMLOCK_RANGE,
    _SC_MEMORY_PROTECTION,
    _SC_MESSAGE_PASSING,
    _SC_SEMAPHORES,
    _SC_SHARED_MEMORY_OBJECTS,
    _SC_AIO_LISTIO_MAX,
    _SC_AIO_MAX,
    _SC_AIO_PRIO_DELTA_MAX,
    _SC_DELAYTIMER_MAX,
    _SC_MQ_OPEN_MAX,
    _SC_MQ_PRIO_MAX,
    _SC_VERSION,
    _SC_PAGESIZE,
    _SC_RTSIG_MAX,
    _SC_SEM_NSEMS_MAX,
    _SC_SEM_VALUE_MAX,
    _SC_SIGQUEUE_MAX,
    _SC_TIMER_MAX,
    _SC_BC_BASE_MAX,
    _SC_BC_DIM_MAX,
    _SC_BC_SCALE_MAX,
    _SC_BC_STRING_MAX,
    _SC_COLL_WEIGHTS_MAX,
    _SC_EQUIV_CLASS_MAX,
    _SC_EXPR_NEST_MAX,
    _SC_LINE_MAX,
    _SC_RE_DUP_MAX,
    _SC_CHARCLASS_NAME_MAX,
    _SC_2_VERSION,
    _SC_2_C_BIND,
    _SC_2_C_DEV,
    _SC_2_FORT_DEV,
    _SC_2_FORT_RUN,
    _SC_2_SW_DEV,
    _SC_2_LOCALEDEF,
    _SC_PII,
    _SC_PII_XTI,
    _SC_PII_SOCKET,
    _SC_PII_INTERNET,
    _SC_PII_OSI,
    _SC_POLL,
    _SC_SELECT,
    _SC_UIO_MAXIOV,
    _SC_IOV_MAX = _SC_UIO_MAXIOV,
    _SC_PII_INTERNET_STREAM,
    _SC_PII_INTERNET_DGRAM,
    _SC_PII_OSI_COTS,
    _SC_PII_OSI_CLTS,
    _SC_PII_OSI_M,
    _SC_T_IOV_MAX,
    _SC_THREADS,
    _SC_THREAD_SAFE_FUNCTIONS,
    _SC_GETGR_R_SIZE_MAX,
    _SC_GETPW_R_SIZE_MAX,
    _SC_LOGIN_NAME_MAX,
    _SC_TTY_NAME_MAX,
    _SC_THREAD_DESTRUCTOR_ITERATIONS,
    _SC_THREAD_KEYS_MAX,
    _SC_THREAD_STACK_MIN,
    _SC_THREAD_THREADS_MAX,
    _SC_THREAD_ATTR_STACKADDR,
    _SC_THREAD_ATTR_STACKSIZE,
    _SC_THREAD_PRIORITY_SCHEDULING,
    _SC_THREAD_PRIO_INHERIT,
    _SC_THREAD_PRIO_PROTECT,
    _SC_THREAD_PROCESS_SHARED,
    _SC_NPROCESSORS_CONF,
    _SC_NPROCESSORS_ONLN,
    _SC_PHYS_PAGES,
    _SC_AVPHYS_PAGES,
    _SC_ATEXIT_MAX,
    _SC_PASS_MAX,
    _SC_XOPEN_VERSION,
    _SC_XOPEN_XCU_VERSION,
    _SC_XOPEN_UNIX,
    _SC_XOPEN_CRYPT,
    _SC_XOPEN_ENH_I18N,
    _SC_XOPEN_SHM,
    _SC_2_CHAR_TERM,
    _SC_2_C_VERSION,
    _SC_2_UPE,
    _SC_XOPEN_XPG2,
    _SC_XOPEN_XPG3,
    _SC_XOPEN_XPG4,
    _SC_CHAR_BIT,
    _SC_CHAR_MAX,
    _SC_CHAR_MIN,
    _SC_INT_MAX,
    _SC_INT_MIN,
    _SC_LONG_BIT,
    _SC_WORD_BIT,
    _SC_MB_LEN_MAX,
    _SC_NZERO,
    _SC_SSIZE_MAX,
    _SC_SCHAR_MAX,
    _SC_SCHAR_MIN,
    _SC_SHRT_MAX,
    _SC_SHRT_MIN,
    _SC_UCHAR_MAX,
    _SC_UINT_MAX,
    _SC_ULONG_MAX,
    _SC_USHRT_MAX,
    _SC_NL_ARGMAX,
    _SC_NL_LANGMAX,
    _SC_NL_MSGMAX,
    _SC_NL_NMAX,
    _SC_NL_SETMAX,
    _SC_NL_TEXTMAX,
    _SC_XBS5_ILP32_OFF32,
    _SC_XBS5_ILP32_OFFBIG,
    _SC_XBS5_LP64_OFF64,
    _SC_XBS5_LPBIG_OFFBIG,
    _SC_XOPEN_LEGACY,
    _SC_XOPEN_REALTIME,
    _SC_XOPEN_REALTIME_THREADS,
    _SC_ADVISORY_INFO,
    _SC_BARRIERS,
    _SC_BASE,
    _SC_C_LANG_SUPPORT,
    _SC_C_LANG_SUPPORT_R,
    _SC_CLOCK_SELECTION,
    _SC_CPUTIME,
    _SC_THREAD_CPUTIME,
    _SC_DEVICE_IO,
    _SC_DEVICE_SPECIFIC,
    _SC_DEVICE_SPECIFIC_R,
    _SC_FD_MGMT,
    _SC_FIFO,
    _SC_PIPE,
    _SC_FILE_ATTRIBUTES,
    _SC_FILE_LOCKING,
    _SC_FILE_SYSTEM,
    _SC_MONOTONIC_CLOCK,
    _SC_MULTI_PROCESS,
    _SC_SINGLE_PROCESS,
    _SC_NETWORKING,
    _SC_READER_WRITER_LOCKS,
    _SC_SPIN_LOCKS,
    _SC_REGEXP,
    _SC_REGEX_VERSION,
    _SC_SHELL,
    _SC_SIGNALS,
    _SC_SPAWN,
    _SC_SPORADIC_SERVER,
    _SC_THREAD_SPORADIC_SERVER,
    _SC_SYSTEM_DATABASE,
    _SC_SYSTEM_DATABASE_R,
    _SC_TIMEOUTS,
    _SC_TYPED_MEMORY_OBJECTS,
    _SC_USER_GROUPS,
    _SC_USER_GROUPS_R,
    _SC_2_PBS,
    _SC_2_PBS_ACCOUNTING,
    _SC_2_PBS_LOCATE,
    _SC_2_PBS_MESSAGE,
    _SC_2_PBS_TRACK,
    _SC_SYMLOOP_MAX,
    _SC_STREAMS,
    _SC_2_PBS_CHECKPOINT,
    _SC_V6_ILP32_OFF32,
    _SC_V6_ILP32_OFFBIG,
    _SC_V6_LP64_OFF64,
    _SC_V6_LPBIG_OFFBIG,
    _SC_HOST_NAME_MAX,
    _SC_TRACE,
    _SC_TRACE_EVENT_FILTER,
    _SC_TRACE_INHERIT,
    _SC_TRACE_LOG,
    _SC_LEVEL1_ICACHE_SIZE,
    _SC_LEVEL1_ICACHE_ASSOC,
    _SC_LEVEL1_ICACHE_LINESIZE,
    _SC_LEVEL1_DCACHE_SIZE,
    _SC_LEVEL1_DCACHE_ASSOC,
    _SC_LEVEL1_DCACHE_LINESIZE,
    _SC_LEVEL2_CACHE_SIZE,
    _SC_LEVEL2_CACHE_ASSOC,
    _SC_LEVEL2_CACHE_LINESIZE,
    _SC_LEVEL3_CACHE_SIZE,
    _SC_LEVEL3_CACHE_ASSOC,
    _SC_LEVEL3_CACHE_LINESIZE,
    _SC_LEVEL4_CACHE_SIZE,
    _SC_LEVEL4_CACHE_ASSOC,
    _SC_LEVEL4_CACHE_LINESIZE,
    _SC_IPV6 = _SC_LEVEL1_ICACHE_SIZE + 50,
    _SC_RAW_SOCKETS,
    _SC_V7_ILP32_OFF32,
    _SC_V7_ILP32_OFFBIG,
    _SC_V7_LP64_OFF64,
    _SC_V7_LPBIG_OFFBIG,
    _SC_SS_REPL_MAX,
    _SC_TRACE_EVENT_NAME_MAX,
    _SC_TRACE_NAME_MAX,
    _SC_TRACE_SYS_MAX,
    _SC_TRACE_USER_EVENT_MAX,
    _SC_XOPEN_STREAMS,
    _SC_THREAD_ROBUST_PRIO_INHERIT,
    _SC_THREAD_ROBUST_PRIO_PROTECT,
    _SC_MINSIGSTKSZ,
    _SC_SIGSTKSZ
  };
enum
  {
    _CS_PATH,
    _CS_V6_WIDTH_RESTRICTED_ENVS,
    _CS_GNU_LIBC_VERSION,
    _CS_GNU_LIBPTHREAD_VERSION,
    _CS_V5_WIDTH_RESTRICTED_ENVS,
    _CS_V7_WIDTH_RESTRICTED_ENVS,
    _CS_LFS_CFLAGS = 1000,
    _CS_LFS_LDFLAGS,
    _CS_LFS_LIBS,
    _CS_LFS_LINTFLAGS,
    _CS_LFS64_CFLAGS,
    _CS_LFS64_LDFLAGS,
    _CS_LFS64_LIBS,
    _CS_LFS64_LINTFLAGS,
    _CS_XBS5_ILP32_OFF32_CFLAGS = 1100,
    _CS_XBS5_ILP32_OFF32_LDFLAGS,
    _CS_XBS5_ILP32_OFF32_LIBS,
    _CS_XBS5_ILP32_OFF32_LINTFLAGS,
    _CS_XBS5_ILP32_OFFBIG_CFLAGS,
    _CS_XBS5_ILP32_OFFBIG_LDFLAGS,
    _CS_XBS5_ILP32_OFFBIG_LIBS,
    _CS_XBS5_ILP32_OFFBIG_LINTFLAGS,
    _CS_XBS5_LP64_OFF64_CFLAGS,
    _CS_XBS5_LP64_OFF64_LDFLAGS,
    _CS_XBS5_LP64_OFF64_LIBS,
    _CS_XBS5_LP64_OFF64_LINTFLAGS,
    _CS_XBS5_LPBIG_OFFBIG_CFLAGS,
    _CS_XBS5_LPBIG_OFFBIG_LDFLAGS,
    _CS_XBS5_LPBIG_OFFBIG_LIBS,
    _CS_XBS5_LPBIG_OFFBIG_LINTFLAGS,
    _CS_POSIX_V6_ILP32_OFF32_CFLAGS,
    _CS_POSIX_V6_ILP32_OFF32_LDFLAGS,
    _CS_POSIX_V6_ILP32_OFF32_LIBS,
    _CS_POSIX_V6_ILP32_OFF32_LINTFLAGS,
    _CS_POSIX_V6_ILP32_OFFBIG_CFLAGS,
    _CS_POSIX_V6_ILP32_OFFBIG_LDFLAGS,
    _CS_POSIX_V6_ILP32_OFFBIG_LIBS,
    _CS_POSIX_V6_ILP32_OFFBIG_LINTFLAGS,
    _CS_POSIX_V6_LP64_OFF64_CFLAGS,
    _CS_POSIX_V6_LP64_OFF64_LDFLAGS,
    _CS_POSIX_V6_LP64_OFF64_LIBS,
    _CS_POSIX_V6_LP64_OFF64_LINTFLAGS,
    _CS_POSIX_V6_LPBIG_OFFBIG_CFLAGS,
    _CS_POSIX_V6_LPBIG_OFFBIG_LDFLAGS,
    _CS_POSIX_V6_LPBIG_OFFBIG_LIBS,
    _CS_POSIX_V6_LPBIG_OFFBIG_LINTFLAGS,
    _CS_POSIX_V7_ILP32_OFF32_CFLAGS,
    _CS_POSIX_V7_ILP32_OFF32_LDFLAGS,
    _CS_POSIX_V7_ILP32_OFF32_LIBS,
    _CS_POSIX_V7_ILP32_OFF32_LINTFLAGS,
    _CS_POSIX_V7_ILP32_OFFBIG_CFLAGS,
    _CS_POSIX_V7_ILP32_OFFBIG_LDFLAGS,
    _CS_POSIX_V7_ILP32_OFFBIG_LIBS,
    _CS_POSIX_V7_ILP32_OFFBIG_LINTFLAGS,
    _CS_POSIX_V7_LP64_OFF64_CFLAGS,
    _CS_POSIX_V7_LP64_OFF64_LDFLAGS,
    _CS_POSIX_V7_LP64_OFF64_LIBS,
    _CS_POSIX_V7_LP64_OFF64_LINTFLAGS,
    _CS_POSIX_V7_LPBIG_OFFBIG_CFLAGS,
    _CS_POSIX_V7_LPBIG_OFFBIG_LDFLAGS,
    _CS_POSIX_V7_LPBIG_OFFBIG_LIBS,
    _CS_POSIX_V7_LPBIG_OFFBIG_LINTFLAGS,
    _CS_V6_ENV,
    _CS_V7_ENV
  };
# 631 "/usr/include/unistd.h" 2 3 4
# 682 "/usr/include/unistd.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/getopt_posix.h" 1 3 4
# 27 "/usr/include/x86_64-linux-gnu/bits/getopt_posix.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/getopt_core.h" 1 3 4
# 28 "/usr/include/x86_64-linux-gnu/bits/getopt_core.h" 3 4
# 50 "/usr/include/x86_64-linux-gnu/bits/getopt_core.h" 3 4
# 91 "/usr/include/x86_64-linux-gnu/bits/getopt_core.h" 3 4
# 28 "/usr/include/x86_64-linux-gnu/bits/getopt_posix.h" 2 3 4
# 49 "/usr/include/x86_64-linux-gnu/bits/getopt_posix.h" 3 4
# 904 "/usr/include/unistd.h" 2 3 4
# 1026 "/usr/include/unistd.h" 3 4
# 1038 "/usr/include/unistd.h" 3 4
# 1049 "/usr/include/unistd.h" 3 4
# 1059 "/usr/include/unistd.h" 3 4
# 1070 "/usr/include/unistd.h" 3 4
# 1091 "/usr/include/unistd.h" 3 4
# 1114 "/usr/include/unistd.h" 3 4
# 1124 "/usr/include/unistd.h" 3 4
# 1142 "/usr/include/unistd.h" 3 4
# 1159 "/usr/include/unistd.h" 3 4
# 1198 "/usr/include/unistd.h" 3 4
# 1208 "/usr/include/unistd.h" 3 4
# 1218 "/usr/include/unistd.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/unistd_ext.h" 1 3 4
# 34 "/usr/include/x86_64-linux-gnu/bits/unistd_ext.h" 3 4
# 1 "/usr/include/linux/close_range.h" 1 3 4
# 39 "/usr/include/x86_64-linux-gnu/bits/unistd_ext.h" 2 3 4
# 1219 "/usr/include/unistd.h" 2 3 4
# 15 "runtime/src/async/io_ops.c" 2

# 1 "runtime/src/async/../internal.h" 1
# 1 "/usr/include/pthread.h" 1 3 4
# 22 "/usr/include/pthread.h" 3 4
# 1 "/usr/include/sched.h" 1 3 4
# 29 "/usr/include/sched.h" 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 30 "/usr/include/sched.h" 2 3 4
# 43 "/usr/include/sched.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/sched.h" 1 3 4
# 80 "/usr/include/x86_64-linux-gnu/bits/sched.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/struct_sched_param.h" 1 3 4
# 23 "/usr/include/x86_64-linux-gnu/bits/types/struct_sched_param.h" 3 4
struct sched_param
{
  int sched_priority;
};
# 81 "/usr/include/x86_64-linux-gnu/bits/sched.h" 2 3 4
# 44 "/usr/include/sched.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/cpu-set.h" 1 3 4
# 32 "/usr/include/x86_64-linux-gnu/bits/cpu-set.h" 3 4
typedef unsigned long int __cpu_mask;
typedef struct
{
  __cpu_mask __bits[1024 / (8 * sizeof (__cpu_mask))];
} cpu_set_t;
# 115 "/usr/include/x86_64-linux-gnu/bits/cpu-set.h" 3 4
# 45 "/usr/include/sched.h" 2 3 4
# 130 "/usr/include/sched.h" 3 4
# 23 "/usr/include/pthread.h" 2 3 4
# 1 "/usr/include/time.h" 1 3 4
# 29 "/usr/include/time.h" 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 30 "/usr/include/time.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/time.h" 1 3 4
# 73 "/usr/include/x86_64-linux-gnu/bits/time.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/timex.h" 1 3 4
# 26 "/usr/include/x86_64-linux-gnu/bits/timex.h" 3 4
# 58 "/usr/include/x86_64-linux-gnu/bits/timex.h" 3 4
struct timex
{

  unsigned int modes;
  __syscall_slong_t offset;
  __syscall_slong_t freq;
  __syscall_slong_t maxerror;
  __syscall_slong_t esterror;
  int status;
  __syscall_slong_t constant;
  __syscall_slong_t precision;
  __syscall_slong_t tolerance;
  struct timeval time;
  __syscall_slong_t tick;
  __syscall_slong_t ppsfreq;
  __syscall_slong_t jitter;
  int shift;
  __syscall_slong_t stabil;
  __syscall_slong_t jitcnt;
  __syscall_slong_t calcnt;
  __syscall_slong_t errcnt;
  __syscall_slong_t stbcnt;
  int tai;
  int :32; int :32; int :32; int :32;
  int :32; int :32; int :32; int :32;
  int :32; int :32; int :32;
};
# 74 "/usr/include/x86_64-linux-gnu/bits/time.h" 2 3 4
# 90 "/usr/include/x86_64-linux-gnu/bits/time.h" 3 4
# 34 "/usr/include/time.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/struct_tm.h" 1 3 4
struct tm
{
  int tm_sec;
  int tm_min;
  int tm_hour;
  int tm_mday;
  int tm_mon;
  int tm_year;
  int tm_wday;
  int tm_yday;
  int tm_isdst;
  long int tm_gmtoff;
  const char *tm_zone;
};
# 40 "/usr/include/time.h" 2 3 4
# 48 "/usr/include/time.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/struct_itimerspec.h" 1 3 4
struct itimerspec
  {
    struct timespec it_interval;
    struct timespec it_value;
  };
# 49 "/usr/include/time.h" 2 3 4
# 68 "/usr/include/time.h" 3 4
# 100 "/usr/include/time.h" 3 4
# 154 "/usr/include/time.h" 3 4
# 179 "/usr/include/time.h" 3 4
# 197 "/usr/include/time.h" 3 4
# 217 "/usr/include/time.h" 3 4
# 246 "/usr/include/time.h" 3 4
# 263 "/usr/include/time.h" 3 4
# 281 "/usr/include/time.h" 3 4
# 323 "/usr/include/time.h" 3 4
# 338 "/usr/include/time.h" 3 4
# 376 "/usr/include/time.h" 3 4
# 399 "/usr/include/time.h" 3 4
# 425 "/usr/include/time.h" 3 4
# 434 "/usr/include/time.h" 3 4
# 448 "/usr/include/time.h" 3 4
# 24 "/usr/include/pthread.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/setjmp.h" 1 3 4
# 26 "/usr/include/x86_64-linux-gnu/bits/setjmp.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wordsize.h" 1 3 4
# 27 "/usr/include/x86_64-linux-gnu/bits/setjmp.h" 2 3 4
typedef long int __jmp_buf[8];
# 28 "/usr/include/pthread.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wordsize.h" 1 3 4
# 29 "/usr/include/pthread.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h" 1 3 4
# 26 "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h" 3 4
struct __jmp_buf_tag
  {
    __jmp_buf __jmpbuf;
    int __mask_was_saved;
    __sigset_t __saved_mask;
  };
# 32 "/usr/include/pthread.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/pthread_stack_min-dynamic.h" 1 3 4
# 23 "/usr/include/x86_64-linux-gnu/bits/pthread_stack_min-dynamic.h" 3 4
# 34 "/usr/include/pthread.h" 2 3 4
enum
{
  PTHREAD_CREATE_JOINABLE,
  PTHREAD_CREATE_DETACHED
};
enum
{
  PTHREAD_MUTEX_TIMED_NP,
  PTHREAD_MUTEX_RECURSIVE_NP,
  PTHREAD_MUTEX_ERRORCHECK_NP,
  PTHREAD_MUTEX_ADAPTIVE_NP
  ,
  PTHREAD_MUTEX_NORMAL = PTHREAD_MUTEX_TIMED_NP,
  PTHREAD_MUTEX_RECURSIVE = PTHREAD_MUTEX_RECURSIVE_NP,
  PTHREAD_MUTEX_ERRORCHECK = PTHREAD_MUTEX_ERRORCHECK_NP,
  PTHREAD_MUTEX_DEFAULT = PTHREAD_MUTEX_NORMAL
  , PTHREAD_MUTEX_FAST_NP = PTHREAD_MUTEX_TIMED_NP
};
enum
{
  PTHREAD_MUTEX_STALLED,
  PTHREAD_MUTEX_STALLED_NP = PTHREAD_MUTEX_STALLED,
  PTHREAD_MUTEX_ROBUST,
  PTHREAD_MUTEX_ROBUST_NP = PTHREAD_MUTEX_ROBUST
};
enum
{
  PTHREAD_PRIO_NONE,
  PTHREAD_PRIO_INHERIT,
  PTHREAD_PRIO_PROTECT
};
# 104 "/usr/include/pthread.h" 3 4
enum
{
  PTHREAD_RWLOCK_PREFER_READER_NP,
  PTHREAD_RWLOCK_PREFER_WRITER_NP,
  PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP,
  PTHREAD_RWLOCK_DEFAULT_NP = PTHREAD_RWLOCK_PREFER_READER_NP
};
# 124 "/usr/include/pthread.h" 3 4
enum
{
  PTHREAD_INHERIT_SCHED,
  PTHREAD_EXPLICIT_SCHED
};
enum
{
  PTHREAD_SCOPE_SYSTEM,
  PTHREAD_SCOPE_PROCESS
};
enum
{
  PTHREAD_PROCESS_PRIVATE,
  PTHREAD_PROCESS_SHARED
};
# 159 "/usr/include/pthread.h" 3 4
struct _pthread_cleanup_buffer
{
  void (*__routine) (void *);
  void *__arg;
  int __canceltype;
  struct _pthread_cleanup_buffer *__prev;
};
enum
{
  PTHREAD_CANCEL_ENABLE,
  PTHREAD_CANCEL_DISABLE
};
enum
{
  PTHREAD_CANCEL_DEFERRED,
  PTHREAD_CANCEL_ASYNCHRONOUS
};
# 197 "/usr/include/pthread.h" 3 4
# 233 "/usr/include/pthread.h" 3 4
# 243 "/usr/include/pthread.h" 3 4
# 269 "/usr/include/pthread.h" 3 4
# 509 "/usr/include/pthread.h" 3 4
# 521 "/usr/include/pthread.h" 3 4
struct __cancel_jmp_buf_tag
{
  __jmp_buf __cancel_jmp_buf;
  int __mask_was_saved;
};
typedef struct
{
  struct __cancel_jmp_buf_tag __cancel_jmp_buf[1];
  void *__pad[4];
} __pthread_unwind_buf_t __attribute__ ((__aligned__));
# 557 "/usr/include/pthread.h" 3 4
struct __pthread_cleanup_frame
{
  void (*__cancel_routine) (void *);
  void *__cancel_arg;
  int __do_it;
  int __cancel_type;
};
# 697 "/usr/include/pthread.h" 3 4
# 709 "/usr/include/pthread.h" 3 4
# 732 "/usr/include/pthread.h" 3 4
# 745 "/usr/include/pthread.h" 3 4
# 766 "/usr/include/pthread.h" 3 4
# 781 "/usr/include/pthread.h" 3 4
# 817 "/usr/include/pthread.h" 3 4
# 835 "/usr/include/pthread.h" 3 4
# 874 "/usr/include/pthread.h" 3 4
# 967 "/usr/include/pthread.h" 3 4
# 1004 "/usr/include/pthread.h" 3 4
# 1023 "/usr/include/pthread.h" 3 4
# 1051 "/usr/include/pthread.h" 3 4
# 1071 "/usr/include/pthread.h" 3 4
# 1145 "/usr/include/pthread.h" 3 4
# 1171 "/usr/include/pthread.h" 3 4
# 1194 "/usr/include/pthread.h" 3 4
# 1230 "/usr/include/pthread.h" 3 4
# 1297 "/usr/include/pthread.h" 3 4
# 1332 "/usr/include/pthread.h" 3 4
# 1346 "/usr/include/pthread.h" 3 4
# 9 "runtime/src/async/../internal.h" 2
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stdatomic.h" 1 3 4
# 29 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stdatomic.h" 3 4
typedef enum
  {
    memory_order_relaxed = 0,
    memory_order_consume = 1,
    memory_order_acquire = 2,
    memory_order_release = 3,
    memory_order_acq_rel = 4,
    memory_order_seq_cst = 5
  } memory_order;
typedef _Atomic _Bool atomic_bool;
typedef _Atomic char atomic_char;
typedef _Atomic signed char atomic_schar;
typedef _Atomic unsigned char atomic_uchar;
typedef _Atomic short atomic_short;
typedef _Atomic unsigned short atomic_ushort;
typedef _Atomic int atomic_int;
typedef _Atomic unsigned int atomic_uint;
typedef _Atomic long atomic_long;
typedef _Atomic unsigned long atomic_ulong;
typedef _Atomic long long atomic_llong;
typedef _Atomic unsigned long long atomic_ullong;
typedef _Atomic short unsigned int atomic_char16_t;
typedef _Atomic unsigned int atomic_char32_t;
typedef _Atomic int atomic_wchar_t;
typedef _Atomic signed char atomic_int_least8_t;
typedef _Atomic unsigned char atomic_uint_least8_t;
typedef _Atomic short int atomic_int_least16_t;
typedef _Atomic short unsigned int atomic_uint_least16_t;
typedef _Atomic int atomic_int_least32_t;
typedef _Atomic unsigned int atomic_uint_least32_t;
typedef _Atomic long int atomic_int_least64_t;
typedef _Atomic long unsigned int atomic_uint_least64_t;
typedef _Atomic signed char atomic_int_fast8_t;
typedef _Atomic unsigned char atomic_uint_fast8_t;
typedef _Atomic long int atomic_int_fast16_t;
typedef _Atomic long unsigned int atomic_uint_fast16_t;
typedef _Atomic long int atomic_int_fast32_t;
typedef _Atomic long unsigned int atomic_uint_fast32_t;
typedef _Atomic long int atomic_int_fast64_t;
typedef _Atomic long unsigned int atomic_uint_fast64_t;
typedef _Atomic long int atomic_intptr_t;
typedef _Atomic long unsigned int atomic_uintptr_t;
typedef _Atomic long unsigned int atomic_size_t;
typedef _Atomic long int atomic_ptrdiff_t;
typedef _Atomic long int atomic_intmax_t;
typedef _Atomic long unsigned int atomic_uintmax_t;
# 92 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stdatomic.h" 3 4
# 218 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stdatomic.h" 3 4
typedef _Atomic struct
{
  _Bool __val;
} atomic_flag;
# 10 "runtime/src/async/../internal.h" 2
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stdint.h" 1 3 4
# 9 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stdint.h" 3 4
# 1 "/usr/include/stdint.h" 1 3 4
# 26 "/usr/include/stdint.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/libc-header-start.h" 1 3 4
# 27 "/usr/include/stdint.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wchar.h" 1 3 4
# 29 "/usr/include/stdint.h" 2 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/wordsize.h" 1 3 4
# 30 "/usr/include/stdint.h" 2 3 4
# 43 "/usr/include/stdint.h" 3 4
typedef __int_least8_t int_least8_t;
typedef __int_least16_t int_least16_t;
typedef __int_least32_t int_least32_t;
typedef __int_least64_t int_least64_t;
typedef __uint_least8_t uint_least8_t;
typedef __uint_least16_t uint_least16_t;
typedef __uint_least32_t uint_least32_t;
typedef __uint_least64_t uint_least64_t;
typedef signed char int_fast8_t;
typedef long int int_fast16_t;
typedef long int int_fast32_t;
typedef long int int_fast64_t;
# 71 "/usr/include/stdint.h" 3 4
typedef unsigned char uint_fast8_t;
typedef unsigned long int uint_fast16_t;
typedef unsigned long int uint_fast32_t;
typedef unsigned long int uint_fast64_t;
# 90 "/usr/include/stdint.h" 3 4
typedef unsigned long int uintptr_t;
# 101 "/usr/include/stdint.h" 3 4
typedef __intmax_t intmax_t;
typedef __uintmax_t uintmax_t;
# 10 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stdint.h" 2 3 4
# 11 "runtime/src/async/../internal.h" 2
# 18 "runtime/src/async/../internal.h"
enum {
  TASK_DONE = 1 << 1,
  TASK_DETACHED = 1 << 2,
  TASK_JOINED = 1 << 3,
  TASK_FREED = 1 << 4,
  TASK_CANCEL_PENDING = 1 << 5,
  TASK_NEVER_RAN = 1 << 6,
  TASK_OUT_LONG = 1 << 7,
  TASK_BLOCK_FREE = 1 << 8,
  TASK_MAIN = 1 << 9,
};
enum {
  WAIT_NONE,
  WAIT_SLEEP,
  WAIT_FD,
  WAIT_TASKS,
  WAIT_PARK,
  WAIT_JOB,
  WAIT_SIGNAL,
};
struct ac_task {
  ac_frame *top;
  ac_task *next;
  void *wait;
  uint32_t out_off;
  uint16_t flags;
  uint8_t wait_kind;
  uint8_t wait_aux;
  ac_frame root;
};
struct ac_waiter {
  struct ac_waiter *next, *prev;
  ac_waitq *q;
  ac_task *task;
  void *data;
};
typedef struct ac_waiter ac_waiter;
typedef struct ac__timer {
  struct ac__timer *next, **pprev;
  void (*fn)(struct ac__timer *);
  void *arg;
  int fired;
} ac__timer;
typedef struct bucket bucket;
typedef struct fd_state fd_state;
typedef struct job job;
typedef struct post post;
struct ac_loop {
  ac_task *ready_head, *ready_tail;
  ac_task *current;
  int running;
  int main_done;
  int debug;
  long long slow_ns;
  int debug_suspend;
  size_t live;
  ac_task *quar_head, *quar_tail;
  size_t nquar;
  long long now;
  int virtual_clock;
  bucket **heap;
  size_t nheap, heap_cap;
  bucket **hash;
  size_t hash_cap;
  bucket *spare_buckets;
  int backend_fd;
  fd_state *fds;
  int nfds;
  size_t fd_waiters;
  ac_waitq fd_freed;
  int wake_fd;
  _Atomic int wake_pending;
  pthread_mutex_t post_lock;
  post *posts, **posts_tail;
  size_t keep_alive;
  int backend_err;
  _Atomic(job *) done;
  atomic_int wakers;
  size_t jobs_inflight;
  job *submit_head, *submit_tail;
  job *spare_jobs;
  size_t signal_waiters;
  ac_task **signal_lists;
};
# 144 "runtime/src/async/../internal.h" 3 4
# 144 "runtime/src/async/../internal.h"
enum { AC__HUP = 0x10 };
struct ac_chan {
  ac_waitq senders, receivers;
  size_t elem_size, capacity, head, count;
  int closed;
  unsigned char *buf;
};
enum { FDK_SOCKET = 1, FDK_NONBLOCK = 2 };
# 17 "runtime/src/async/io_ops.c" 2


static async int ready_for(int fd, int kind, int ev) {
  if ((kind & FDK_NONBLOCK) || ac__fd_poll_now(fd, ev))
    return 0;
  for (;;) {
    int rc = await ac_wait_edge(fd, ev);
    if (rc < 0)
      return rc;
    if (ac__fd_poll_now(fd, ev))
      return 0;
  }
}






static ssize_t outcome(int fd, int dir, ssize_t r, size_t asked, int track) {
  if (r >= 0) {
    if (track && r > 0 && (size_t)r < asked)
      ac__fd_set_drained(fd, dir);
    return r;
  }
  if (
# 42 "runtime/src/async/io_ops.c" 3 4
     (*__errno_location ()) 
# 42 "runtime/src/async/io_ops.c"
           == 
# 42 "runtime/src/async/io_ops.c" 3 4
              4
# 42 "runtime/src/async/io_ops.c"
                   )
    return -
# 43 "runtime/src/async/io_ops.c" 3 4
           11
# 43 "runtime/src/async/io_ops.c"
                 ;
  if (
# 44 "runtime/src/async/io_ops.c" 3 4
     (*__errno_location ()) 
# 44 "runtime/src/async/io_ops.c"
           == 
# 44 "runtime/src/async/io_ops.c" 3 4
              11 
# 44 "runtime/src/async/io_ops.c"
                     || 
# 44 "runtime/src/async/io_ops.c" 3 4
                        (*__errno_location ()) 
# 44 "runtime/src/async/io_ops.c"
                              == 
# 44 "runtime/src/async/io_ops.c" 3 4
                                 11
# 44 "runtime/src/async/io_ops.c"
                                            ) {
    ac__fd_set_drained(fd, dir);
    return -
# 46 "runtime/src/async/io_ops.c" 3 4
           11
# 46 "runtime/src/async/io_ops.c"
                 ;
  }
  return -
# 48 "runtime/src/async/io_ops.c" 3 4
         (*__errno_location ())
# 48 "runtime/src/async/io_ops.c"
              ;
}

async ssize_t ac_recv(int fd, void *buf, size_t n, int flags) {
  for (;;) {
    if (ac__fd_drained(fd, AC_READABLE)) {
      int rc = await ac_wait_edge(fd, AC_READABLE);
      if (rc < 0)
        return rc;
    }
    ssize_t r = outcome(fd, AC_READABLE, recv(fd, buf, n, flags | 
# 58 "runtime/src/async/io_ops.c" 3 4
                                                                 MSG_DONTWAIT
# 58 "runtime/src/async/io_ops.c"
                                                                             ), n, !(flags & 
# 58 "runtime/src/async/io_ops.c" 3 4
                                                                                             MSG_PEEK
# 58 "runtime/src/async/io_ops.c"
                                                                                                     ));
    if (r != -
# 59 "runtime/src/async/io_ops.c" 3 4
             11
# 59 "runtime/src/async/io_ops.c"
                   )
      return r;
  }
}

async ssize_t ac_read(int fd, void *buf, size_t n) {
  int kind = ac__fd_kind(fd);
  if (kind < 0)
    return kind;
  if (kind & FDK_SOCKET)
    return await ac_recv(fd, buf, n, 0);
  for (;;) {
    int rc = (kind & FDK_NONBLOCK) && ac__fd_drained(fd, AC_READABLE) ? await ac_wait_edge(fd, AC_READABLE)
                                                                      : await ready_for(fd, kind, AC_READABLE);
    if (rc < 0)
      return rc;
    ssize_t r = outcome(fd, AC_READABLE, read(fd, buf, n), n, kind & FDK_NONBLOCK);
    if (r != -
# 76 "runtime/src/async/io_ops.c" 3 4
             11
# 76 "runtime/src/async/io_ops.c"
                   )
      return r;
  }
}

async ssize_t ac_send(int fd, const void *buf, size_t n, int flags) {
  size_t done = 0;
  while (done < n) {
    if (ac__fd_drained(fd, AC_WRITABLE)) {
      int rc = await ac_wait_edge(fd, AC_WRITABLE);
      if (rc < 0)
        return rc;
    }
    ssize_t r = outcome(fd, AC_WRITABLE,
                        send(fd, (const char *)buf + done, n - done, flags | 
# 90 "runtime/src/async/io_ops.c" 3 4
                                                                            MSG_DONTWAIT 
# 90 "runtime/src/async/io_ops.c"
                                                                                         | 
# 90 "runtime/src/async/io_ops.c" 3 4
                                                                                           MSG_NOSIGNAL
# 90 "runtime/src/async/io_ops.c"
                                                                                                       ), n - done, 1);
    if (r >= 0)
      done += (size_t)r;
    else if (r != -
# 93 "runtime/src/async/io_ops.c" 3 4
                  11
# 93 "runtime/src/async/io_ops.c"
                        )
      return r;
  }
  return (ssize_t)n;
}

async ssize_t ac_write(int fd, const void *buf, size_t n) {
  int kind = ac__fd_kind(fd);
  if (kind < 0)
    return kind;
  if (kind & FDK_SOCKET)
    return await ac_send(fd, buf, n, 0);
  size_t done = 0;
  while (done < n) {
    int rc = (kind & FDK_NONBLOCK) && ac__fd_drained(fd, AC_WRITABLE) ? await ac_wait_edge(fd, AC_WRITABLE)
                                                                      : await ready_for(fd, kind, AC_WRITABLE);
    if (rc < 0)
      return rc;


    size_t chunk = n - done;
    if (!(kind & FDK_NONBLOCK) && chunk > 4096)
      chunk = 4096;
    ssize_t r = outcome(fd, AC_WRITABLE, ac__write_nosigpipe(fd, (const char *)buf + done, chunk), chunk,
                        kind & FDK_NONBLOCK);
    if (r >= 0)
      done += (size_t)r;
    else if (r != -
# 120 "runtime/src/async/io_ops.c" 3 4
                  11
# 120 "runtime/src/async/io_ops.c"
                        )
      return r;
  }
  return (ssize_t)n;
}

static void unpark_on_timeout(ac__timer *tm) {
  ac_waiter *w = tm->arg;
  if (w->q)
    ac__unpark(w, -
# 129 "runtime/src/async/io_ops.c" 3 4
                  110
# 129 "runtime/src/async/io_ops.c"
                           );
}


static async int descriptor_freed(long ms) {
  ac_waiter w = {0};
  ac__timer tm;
  ac__timer_start(&tm, ms, unpark_on_timeout, &w);
  int rc = await ac_park(&ac__loop()->fd_freed, &w);
  ac__timer_stop(&tm);
  return rc;
}

async int ac_accept(int fd, struct sockaddr *addr, socklen_t *addrlen) {
  int kind = ac__fd_kind(fd);
  if (kind < 0)
    return kind;
  if (!(kind & FDK_SOCKET))
    return -
# 147 "runtime/src/async/io_ops.c" 3 4
           88
# 147 "runtime/src/async/io_ops.c"
                   ;
  long backoff = 1;
  for (;;) {
    int rc = await ready_for(fd, kind, AC_READABLE);
    if (rc < 0)
      return rc;
    int c = accept4(fd, addr, addrlen, 
# 153 "runtime/src/async/io_ops.c" 3 4
                                      SOCK_NONBLOCK 
# 153 "runtime/src/async/io_ops.c"
                                                    | 
# 153 "runtime/src/async/io_ops.c" 3 4
                                                      SOCK_CLOEXEC
# 153 "runtime/src/async/io_ops.c"
                                                                  );
    if (c >= 0) {
      ac__fd_created(c);
      return c;
    }
    int e = 
# 158 "runtime/src/async/io_ops.c" 3 4
           (*__errno_location ())
# 158 "runtime/src/async/io_ops.c"
                ;
    if (e == 
# 159 "runtime/src/async/io_ops.c" 3 4
            4 
# 159 "runtime/src/async/io_ops.c"
                  || e == 
# 159 "runtime/src/async/io_ops.c" 3 4
                          103 
# 159 "runtime/src/async/io_ops.c"
                                       || e == 
# 159 "runtime/src/async/io_ops.c" 3 4
                                               71
# 159 "runtime/src/async/io_ops.c"
                                                     )
      continue;
    if (e == 
# 161 "runtime/src/async/io_ops.c" 3 4
            11 
# 161 "runtime/src/async/io_ops.c"
                   || e == 
# 161 "runtime/src/async/io_ops.c" 3 4
                           11
# 161 "runtime/src/async/io_ops.c"
                                      ) {
      rc = await ac_wait_edge(fd, AC_READABLE);
      if (rc < 0)
        return rc;
      continue;
    }
    if (e == 
# 167 "runtime/src/async/io_ops.c" 3 4
            24 
# 167 "runtime/src/async/io_ops.c"
                   || e == 
# 167 "runtime/src/async/io_ops.c" 3 4
                           23 
# 167 "runtime/src/async/io_ops.c"
                                  || e == 
# 167 "runtime/src/async/io_ops.c" 3 4
                                          105 
# 167 "runtime/src/async/io_ops.c"
                                                  || e == 
# 167 "runtime/src/async/io_ops.c" 3 4
                                                          12
# 167 "runtime/src/async/io_ops.c"
                                                                ) {

      rc = await descriptor_freed(backoff);
      if (rc == -
# 170 "runtime/src/async/io_ops.c" 3 4
                125
# 170 "runtime/src/async/io_ops.c"
                         )
        return rc;
      backoff = backoff < 512 ? backoff * 2 : 1000;
      continue;
    }
    return -e;
  }
}

async int ac_connect(int fd, const struct sockaddr *addr, socklen_t addrlen, long timeout_ms) {
  int kind = ac__fd_kind(fd);
  if (kind < 0)
    return kind;
  if (!(kind & FDK_NONBLOCK))
    return -
# 184 "runtime/src/async/io_ops.c" 3 4
           22
# 184 "runtime/src/async/io_ops.c"
                 ;
  if (connect(fd, addr, addrlen) == 0)
    return 0;

  if (
# 188 "runtime/src/async/io_ops.c" 3 4
     (*__errno_location ()) 
# 188 "runtime/src/async/io_ops.c"
           != 
# 188 "runtime/src/async/io_ops.c" 3 4
              115 
# 188 "runtime/src/async/io_ops.c"
                          && 
# 188 "runtime/src/async/io_ops.c" 3 4
                             (*__errno_location ()) 
# 188 "runtime/src/async/io_ops.c"
                                   != 
# 188 "runtime/src/async/io_ops.c" 3 4
                                      4
# 188 "runtime/src/async/io_ops.c"
                                           )
    return -
# 189 "runtime/src/async/io_ops.c" 3 4
           (*__errno_location ())
# 189 "runtime/src/async/io_ops.c"
                ;
  ac__timer tm;
  if (timeout_ms >= 0)
    ac__timer_start(&tm, timeout_ms, ac__timeout_interrupt, ac_current());
  int rc = await ac_wait_edge(fd, AC_WRITABLE);
  if (timeout_ms >= 0)
    ac__timer_stop(&tm);
  if (rc < 0)
    return rc;
  int err = 0;
  socklen_t len = sizeof err;
  if (getsockopt(fd, 
# 200 "runtime/src/async/io_ops.c" 3 4
                    1
# 200 "runtime/src/async/io_ops.c"
                              , 
# 200 "runtime/src/async/io_ops.c" 3 4
                                4
# 200 "runtime/src/async/io_ops.c"
                                        , &err, &len) < 0)
    return -
# 201 "runtime/src/async/io_ops.c" 3 4
           (*__errno_location ())
# 201 "runtime/src/async/io_ops.c"
                ;
  return err ? -err : 0;
}

typedef struct {
  const char *host, *service;
  const struct addrinfo *hints;
  struct addrinfo *res;
  int rc, err;
} gai_request;



static long run_getaddrinfo(void *arg) {
  gai_request *r = arg;
  r->rc = getaddrinfo(r->host, r->service, r->hints, &r->res);
  r->err = 
# 217 "runtime/src/async/io_ops.c" 3 4
          (*__errno_location ())
# 217 "runtime/src/async/io_ops.c"
               ;
  return 0;
}

static int gai_errno(int rc, int err) {
  switch (rc) {
  case 0: return 0;
  case 
# 224 "runtime/src/async/io_ops.c" 3 4
      -2
# 224 "runtime/src/async/io_ops.c"
                :

  case 
# 226 "runtime/src/async/io_ops.c" 3 4
      -5
# 226 "runtime/src/async/io_ops.c"
                :

    return -
# 228 "runtime/src/async/io_ops.c" 3 4
           2
# 228 "runtime/src/async/io_ops.c"
                 ;
  case 
# 229 "runtime/src/async/io_ops.c" 3 4
      -3
# 229 "runtime/src/async/io_ops.c"
               : return -
# 229 "runtime/src/async/io_ops.c" 3 4
                         11
# 229 "runtime/src/async/io_ops.c"
                               ;
  case 
# 230 "runtime/src/async/io_ops.c" 3 4
      -10
# 230 "runtime/src/async/io_ops.c"
                : return -
# 230 "runtime/src/async/io_ops.c" 3 4
                          12
# 230 "runtime/src/async/io_ops.c"
                                ;
  case 
# 231 "runtime/src/async/io_ops.c" 3 4
      -11
# 231 "runtime/src/async/io_ops.c"
                : return err ? -err : -
# 231 "runtime/src/async/io_ops.c" 3 4
                                       5
# 231 "runtime/src/async/io_ops.c"
                                          ;
  case 
# 232 "runtime/src/async/io_ops.c" 3 4
      -4
# 232 "runtime/src/async/io_ops.c"
              : return -
# 232 "runtime/src/async/io_ops.c" 3 4
                        113
# 232 "runtime/src/async/io_ops.c"
                                    ;
  default: return -
# 233 "runtime/src/async/io_ops.c" 3 4
                  22
# 233 "runtime/src/async/io_ops.c"
                        ;
  }
}

async int ac_getaddrinfo(const char *host, const char *service, const struct addrinfo *hints,
                         struct addrinfo **res) {
  gai_request r = {host, service, hints, 
# 239 "runtime/src/async/io_ops.c" 3 4
                                        ((void *)0)
# 239 "runtime/src/async/io_ops.c"
                                            , 0, 0};
  long rc = await ac_blocking(run_getaddrinfo, &r);
  if (rc < 0) {
    if (r.res)
      freeaddrinfo(r.res);
    return (int)rc;
  }
  if (r.rc)
    return gai_errno(r.rc, r.err);
  *res = r.res;
  return 0;
}

async int ac_tcp_connect(const char *host, int port, long timeout_ms) {
  if (port < 0 || port > 65535)
    return -
# 254 "runtime/src/async/io_ops.c" 3 4
           22
# 254 "runtime/src/async/io_ops.c"
                 ;
  char service[8];
  snprintf(service, sizeof service, "%d", port);
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = 
# 259 "runtime/src/async/io_ops.c" 3 4
                   0
# 259 "runtime/src/async/io_ops.c"
                            ;
  hints.ai_socktype = 
# 260 "runtime/src/async/io_ops.c" 3 4
                     SOCK_STREAM
# 260 "runtime/src/async/io_ops.c"
                                ;
  hints.ai_flags = 
# 261 "runtime/src/async/io_ops.c" 3 4
                  0x0020 
# 261 "runtime/src/async/io_ops.c"
                                | 
# 261 "runtime/src/async/io_ops.c" 3 4
                                  0x0400
# 261 "runtime/src/async/io_ops.c"
                                                ;
  long long deadline = timeout_ms >= 0 ? ac_now() + timeout_ms : -1;
  struct addrinfo *res = 
# 263 "runtime/src/async/io_ops.c" 3 4
                        ((void *)0)
# 263 "runtime/src/async/io_ops.c"
                            ;
  int rc = await ac_getaddrinfo(host, service, &hints, &res);
  if (rc < 0)
    return rc;
  rc = -
# 267 "runtime/src/async/io_ops.c" 3 4
       113
# 267 "runtime/src/async/io_ops.c"
                   ;
  for (struct addrinfo *a = res; a; a = a->ai_next) {
    long left = deadline < 0 ? -1 : (long)(deadline - ac_now());
    if (deadline >= 0 && left <= 0) {
      rc = -
# 271 "runtime/src/async/io_ops.c" 3 4
           110
# 271 "runtime/src/async/io_ops.c"
                    ;
      break;
    }
    int fd = ac_socket(a->ai_family, a->ai_socktype, a->ai_protocol);
    if (fd < 0) {
      rc = fd;
      continue;
    }
    rc = await ac_connect(fd, a->ai_addr, a->ai_addrlen, left);
    if (rc == 0) {
      rc = fd;
      break;
    }
    ac_close(fd);
    if (rc == -
# 285 "runtime/src/async/io_ops.c" 3 4
              125
# 285 "runtime/src/async/io_ops.c"
                       )
      break;
  }
  freeaddrinfo(res);
  return rc;
}

async int ac_unix_connect(const char *path) {
  struct sockaddr_un un;
  if (ac__unix_addr(&un, path) < 0)
    return -
# 295 "runtime/src/async/io_ops.c" 3 4
           22
# 295 "runtime/src/async/io_ops.c"
                 ;
  int fd = ac_socket(
# 296 "runtime/src/async/io_ops.c" 3 4
                    1
# 296 "runtime/src/async/io_ops.c"
                           , 
# 296 "runtime/src/async/io_ops.c" 3 4
                             SOCK_STREAM
# 296 "runtime/src/async/io_ops.c"
                                        , 0);
  if (fd < 0)
    return fd;
  int rc = await ac_connect(fd, (struct sockaddr *)&un, sizeof un, -1);
  if (rc < 0) {
    ac_close(fd);
    return rc;
  }
  return fd;
}
