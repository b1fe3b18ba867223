# 0 "tests/e2e/erasure/compound_literals.c"
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
# 1 "tests/e2e/erasure/compound_literals.c"



# 1 "/usr/include/stdio.h" 1 3 4
# 27 "/usr/include/stdio.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/libc-header-start.h" 1 3 4
# 33 "/usr/include/x86_64-linux-gnu/bits/libc-header-start.h" 3 4
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
# 34 "/usr/include/x86_64-linux-gnu/bits/libc-header-start.h" 2 3 4
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
# 52 "/usr/include/stdio.h" 3 4
typedef __gnuc_va_list va_list;
# 63 "/usr/include/stdio.h" 3 4
typedef __off_t off_t;
# 77 "/usr/include/stdio.h" 3 4
typedef __ssize_t ssize_t;
typedef __fpos_t fpos_t;
# 133 "/usr/include/stdio.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/stdio_lim.h" 1 3 4
# 134 "/usr/include/stdio.h" 2 3 4
# 143 "/usr/include/stdio.h" 3 4
# 178 "/usr/include/stdio.h" 3 4
# 188 "/usr/include/stdio.h" 3 4
# 205 "/usr/include/stdio.h" 3 4
# 222 "/usr/include/stdio.h" 3 4
# 239 "/usr/include/stdio.h" 3 4
# 258 "/usr/include/stdio.h" 3 4
# 293 "/usr/include/stdio.h" 3 4
# 308 "/usr/include/stdio.h" 3 4
# 328 "/usr/include/stdio.h" 3 4
# 403 "/usr/include/stdio.h" 3 4
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
# 632 "/usr/include/stdio.h" 3 4
# 702 "/usr/include/stdio.h" 3 4
# 736 "/usr/include/stdio.h" 3 4
# 760 "/usr/include/stdio.h" 3 4
# 786 "/usr/include/stdio.h" 3 4
# 823 "/usr/include/stdio.h" 3 4
# 867 "/usr/include/stdio.h" 3 4
# 885 "/usr/include/stdio.h" 3 4
# 909 "/usr/include/stdio.h" 3 4
# 5 "tests/e2e/erasure/compound_literals.c" 2
# 1 "/usr/include/string.h" 1 3 4
# 26 "/usr/include/string.h" 3 4
# 1 "/usr/include/x86_64-linux-gnu/bits/libc-header-start.h" 1 3 4
# 27 "/usr/include/string.h" 2 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 34 "/usr/include/string.h" 2 3 4
# 43 "/usr/include/string.h" 3 4
# 80 "/usr/include/string.h" 3 4
# 107 "/usr/include/string.h" 3 4
# 141 "/usr/include/string.h" 3 4
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
# 173 "/usr/include/string.h" 2 3 4
# 246 "/usr/include/string.h" 3 4
# 273 "/usr/include/string.h" 3 4
# 293 "/usr/include/string.h" 3 4
# 323 "/usr/include/string.h" 3 4
# 350 "/usr/include/string.h" 3 4
# 407 "/usr/include/string.h" 3 4
# 432 "/usr/include/string.h" 3 4
# 458 "/usr/include/string.h" 3 4
# 1 "/usr/include/strings.h" 1 3 4
# 23 "/usr/include/strings.h" 3 4
# 1 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h" 1 3 4
# 24 "/usr/include/strings.h" 2 3 4
# 68 "/usr/include/strings.h" 3 4
# 96 "/usr/include/strings.h" 3 4
# 463 "/usr/include/string.h" 2 3 4
# 489 "/usr/include/string.h" 3 4
# 539 "/usr/include/string.h" 3 4
# 6 "tests/e2e/erasure/compound_literals.c" 2


# 7 "tests/e2e/erasure/compound_literals.c"
struct pt { int x, y; };

static async int yv(int v) { await ac_yield(); return v; }

static async int sum3(const int *p) {
  await ac_yield();
  char junk[512];
  memset(junk, 0x5a, sizeof junk);
  await ac_yield();
  return p[0] + p[1] + p[2] + (junk[7] == 0x5a);
}

static async int norm1(struct pt *q) { await ac_yield(); return q->x + q->y; }

static async int f(void) {
  int *p = (int[]){1, 2, 3};
  const char *s = (const char[]){"abc"};
  struct pt *q = &(struct pt){.y = await yv(7), .x = 4};
  int junk[64];
  for (int i = 0; i < 64; i++)
    junk[i] = 100 + i;
  await yv(0);
  int total = p[0] + p[1] + p[2] + (int)strlen(s) + q->x + q->y + junk[3] - 103;

  int *last = 0;
  for (int i = 0; i < 3; i++) {
    int *r = (int[2]){i, await yv(i * 10)};
    if (last && last != r)
      total += 1000;
    last = r;
    total += r[0] + r[1];
  }
  total += (int)(sizeof (int[]){1, 2, 3, 4} / sizeof(int));
  return total;
}

async int main(void) {
  int a = await f();
  int r = await sum3((int[]){1, 2, await yv(3)});
  int s = await norm1(&(struct pt){4, 5});
  struct pt both[] = {(struct pt){1, 2}, *(&(struct pt){3, await yv(4)})};
  printf("%d %d %d %d\n", a, r, s, both[0].x + both[0].y + both[1].x + both[1].y);
  return 0;
}
