/* cpp.c - spawns the preprocessor and reads its output through a pipe. */
#define _GNU_SOURCE
#include "cpp.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"
#include "outfile.h"

extern char **environ;

char **cpp_split_command(const char *cmd, int extra, int *argc) {
  size_t n = strlen(cmd);
  char **argv = xmalloc((n / 2 + 2 + (size_t)extra) * sizeof *argv);
  int c = 0;
  for (const char *p = cmd; *p;) {
    while (*p == ' ' || *p == '\t')
      p++;
    if (!*p)
      break;
    const char *s = p;
    while (*p && *p != ' ' && *p != '\t')
      p++;
    char *w = xmalloc((size_t)(p - s) + 1);
    memcpy(w, s, (size_t)(p - s));
    w[p - s] = '\0';
    argv[c++] = w;
  }
  argv[c] = NULL;
  *argc = c;
  return argv;
}

int cpp_run(char *const argv[], char **out, size_t *len) {
  *out = NULL;
  *len = 0;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0)
    return 127;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, fds[1], STDOUT_FILENO);
  pid_t pid;
  int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    errno = rc;
    return 127;
  }
  outfile_child(pid);
  size_t cap = 1 << 16, n = 0;
  char *buf = xmalloc(cap);
  for (;;) {
    if (cap - n < 4096) {
      cap *= 2;
      buf = xrealloc(buf, cap);
    }
    ssize_t r = read(fds[0], buf + n, cap - n - 1);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      break;
    n += (size_t)r;
  }
  close(fds[0]);
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) {
      outfile_child(0);
      free(buf);
      return 127;
    }
  outfile_child(0);
  buf[n] = '\0';
  *out = buf;
  *len = n;
  if (WIFEXITED(status))
    return WEXITSTATUS(status) == 127 ? 126 : WEXITSTATUS(status);
  return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
