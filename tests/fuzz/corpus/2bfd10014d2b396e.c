# 0 "examples/fetch_client.c"
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
# 1 "examples/fetch_client.c"
# 20 "examples/fetch_client.c"
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
# 21 "examples/fetch_client.c" 2
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
# 39 "/usr/include/stdio.h" 2 3 4
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
# 63 "/usr/include/stdio.h" 3 4
typedef __off_t off_t;
typedef __off64_t off64_t;
typedef __ssize_t ssize_t;
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
# 22 "examples/fetch_client.c" 2
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
# 97 "/usr/include/x86_64-linux-gnu/sys/types.h" 3 4
typedef __pid_t pid_t;
typedef __id_t id_t;
# 114 "/usr/include/x86_64-linux-gnu/sys/types.h" 3 4
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
# 396 "/usr/include/stdlib.h" 2 3 4
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
# 23 "examples/fetch_client.c" 2
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
# 24 "examples/fetch_client.c" 2

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
# 26 "examples/fetch_client.c" 2


# 27 "examples/fetch_client.c"
enum { HEAD_MAX = 16384 };

struct target {
  const char *url;
  char host[256];
  int port;
  const char *path;
};

struct result {
  int err;
  const char *problem;
  int status;
  char reason[64];
  long long bytes;
  long long ms;
};


static int parse_url(const char *url, struct target *t) {
  t->url = url;
  const char *p = strncmp(url, "http://", 7) == 0 ? url + 7 : url;
  const char *slash = strchr(p, '/');
  t->path = slash ? slash : "/";
  size_t hp_len = slash ? (size_t)(slash - p) : strlen(p);
  const char *colon, *host = p;
  size_t host_len;
  if (*p == '[') {
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
  long n = len < (int)sizeof buf ? await ac_send(fd, buf, (size_t)len, 0) : -
# 111 "examples/fetch_client.c" 3 4
                                                                            36
# 111 "examples/fetch_client.c"
                                                                                        ;
  if (n < 0) {
    r.err = (int)n;
    goto out;
  }


  size_t got = 0;
  char *end = 
# 119 "examples/fetch_client.c" 3 4
             ((void *)0)
# 119 "examples/fetch_client.c"
                 ;
  while (!end) {
    if (got == HEAD_MAX) {
      r.problem = "response head too large";
      goto out;
    }
    n = await ac_recv(fd, buf + got, HEAD_MAX - got, 0);
    if (n <= 0) {
      r.err = (int)n;
      r.problem = n == 0 ? "connection closed before the response" : 
# 128 "examples/fetch_client.c" 3 4
                                                                    ((void *)0)
# 128 "examples/fetch_client.c"
                                                                        ;
      goto out;
    }
    got += (size_t)n;
    buf[got] = '\0';
    end = memmem(buf, got, "\r\n\r\n", 4);
  }
  long long length;
  end[2] = '\0';
  if (parse_head(buf, &r, &length) < 0) {
    r.problem = "not an HTTP response";
    goto out;
  }



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
  fprintf(
# 164 "examples/fetch_client.c" 3 4
         stderr
# 164 "examples/fetch_client.c"
               , "usage: fetch_client [-t MS] [http://]HOST:PORT[/PATH]...\n");
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
    fprintf(
# 184 "examples/fetch_client.c" 3 4
           stderr
# 184 "examples/fetch_client.c"
                 , "fetch_client: %s\n", ac_strerror(-
# 184 "examples/fetch_client.c" 3 4
                                                      12
# 184 "examples/fetch_client.c"
                                                            ));
    return 1;
  }
  for (int i = 0; i < n; i++)
    if (parse_url(argv[first + i], &targets[i]) < 0) {
      fprintf(
# 189 "examples/fetch_client.c" 3 4
             stderr
# 189 "examples/fetch_client.c"
                   , "fetch_client: bad URL: %s\n", argv[first + i]);
      return usage();
    }

  for (int i = 0; i < n; i++)
    tasks[i] = ac_spawn(fetch(&targets[i]));




  long long deadline = ac_now() + timeout;
  int failures = 0;
  for (int i = 0; i < n; i++) {
    long left = (long)(deadline - ac_now());
    struct result r;
    int rc = await 
# 204 "examples/fetch_client.c" 3 4
                  ac__join_timeout_sized((
# 204 "examples/fetch_client.c"
                  tasks[i]
# 204 "examples/fetch_client.c" 3 4
                  ), (
# 204 "examples/fetch_client.c"
                  left > 0 ? left : 0
# 204 "examples/fetch_client.c" 3 4
                  ), (
# 204 "examples/fetch_client.c"
                  &r
# 204 "examples/fetch_client.c" 3 4
                  ), sizeof *_Generic((
# 204 "examples/fetch_client.c"
                  &r
# 204 "examples/fetch_client.c" 3 4
                  ), void *: (char *)0, default: (
# 204 "examples/fetch_client.c"
                  &r
# 204 "examples/fetch_client.c" 3 4
                  )))
# 204 "examples/fetch_client.c"
                                                                    ;
    const char *url = targets[i].url;
    if (rc == -
# 206 "examples/fetch_client.c" 3 4
              110
# 206 "examples/fetch_client.c"
                       )
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
