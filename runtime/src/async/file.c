/* file.c - file operations on the thread pool, in the async dialect. Each
 * request lives in the waiting frame: the pool's waiter resumes only after
 * the job has ended, even when cancelled, so the job may write into it. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../internal.h"

typedef struct {
  int op, fd, flags;
  unsigned mode;
  const char *path;
  void *buf;
  size_t n;
  long long offset;
  struct stat *st;
} file_request;

enum { OP_OPEN, OP_READ, OP_WRITE, OP_FSYNC, OP_CLOSE, OP_STAT, OP_UNLINK };

static long run_file_op(void *arg) {
  file_request *r = arg;
  long rc;
  switch (r->op) {
  case OP_OPEN: rc = open(r->path, r->flags | O_CLOEXEC, r->mode); break;
  case OP_READ: rc = r->offset < 0 ? read(r->fd, r->buf, r->n) : pread(r->fd, r->buf, r->n, r->offset); break;
  case OP_WRITE: {
    /* All of it: short writes continue where they stopped. */
    size_t done = 0;
    rc = 0;
    while (done < r->n) {
      const char *p = (const char *)r->buf + done;
      ssize_t w = r->offset < 0 ? write(r->fd, p, r->n - done)
                                : pwrite(r->fd, p, r->n - done, r->offset + (long long)done);
      if (w < 0 && errno == EINTR)
        continue;
      if (w <= 0) {
        rc = w < 0 ? -1 : (errno = EIO, -1);
        break;
      }
      done += (size_t)w;
    }
    if (rc == 0)
      rc = (long)done;
    break;
  }
  case OP_FSYNC: rc = fsync(r->fd); break;
  case OP_CLOSE: rc = close(r->fd); break;
  case OP_STAT: rc = stat(r->path, r->st); break;
  case OP_UNLINK: rc = unlink(r->path); break;
  default: errno = EINVAL; rc = -1;
  }
  return rc < 0 ? -errno : rc;
}

async int ac_file_open(const char *path, int flags, unsigned mode) {
  file_request r = {.op = OP_OPEN, .path = path, .flags = flags, .mode = mode};
  return (int)await ac_blocking(run_file_op, &r);
}

async ssize_t ac_file_read(int fd, void *buf, size_t n, long long offset) {
  file_request r = {.op = OP_READ, .fd = fd, .buf = buf, .n = n, .offset = offset};
  return await ac_blocking(run_file_op, &r);
}

async ssize_t ac_file_write(int fd, const void *buf, size_t n, long long offset) {
  file_request r = {.op = OP_WRITE, .fd = fd, .buf = (void *)buf, .n = n, .offset = offset};
  return await ac_blocking(run_file_op, &r);
}

async int ac_file_fsync(int fd) {
  file_request r = {.op = OP_FSYNC, .fd = fd};
  return (int)await ac_blocking(run_file_op, &r);
}

async int ac_file_close(int fd) {
  file_request r = {.op = OP_CLOSE, .fd = fd};
  return (int)await ac_blocking(run_file_op, &r);
}

async int ac_file_stat(const char *path, struct stat *st) {
  file_request r = {.op = OP_STAT, .path = path, .st = st};
  return (int)await ac_blocking(run_file_op, &r);
}

async int ac_file_unlink(const char *path) {
  file_request r = {.op = OP_UNLINK, .path = path};
  return (int)await ac_blocking(run_file_op, &r);
}
