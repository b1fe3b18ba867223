/* outfile.c - atomic output through a temporary file and rename(2).
 *
 * While a temporary exists its name is kept where a fatal-signal handler can
 * reach it, so an interrupted run leaves no stray file behind either. */
#define _GNU_SOURCE
#include "outfile.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"

enum { MAX_TEMPS = 4 };
static char *volatile live_temps[MAX_TEMPS];

/* The preprocessor while it runs: it writes the depfile's temporary, so it
 * must be gone before the temporaries are removed. */
static volatile pid_t live_child;

static void on_fatal_signal(int sig) {
  pid_t child = live_child;
  if (child > 0) {
    kill(child, sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE || sig == SIGILL ? SIGTERM : sig);
    waitpid(child, NULL, 0);
  }
  for (int i = 0; i < MAX_TEMPS; i++)
    if (live_temps[i])
      unlink(live_temps[i]);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void install_handlers(void) {
  static int installed;
  if (installed)
    return;
  installed = 1;
  /* Crashes too: a bug must not leave a stray file in the user's tree. */
  int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL};
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
    struct sigaction sa = {0}, old;
    sa.sa_handler = on_fatal_signal;
    sigemptyset(&sa.sa_mask);
    if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
      continue; /* keep a parent's "ignore" (nohup) */
    sigaction(sigs[i], &sa, NULL);
  }
}

void outfile_child(pid_t pid) {
  if (pid > 0)
    install_handlers();
  live_child = pid;
}

void outfile_track(char *tmp) {
  install_handlers();
  for (int i = 0; i < MAX_TEMPS; i++)
    if (!live_temps[i]) {
      live_temps[i] = tmp;
      return;
    }
}

void outfile_untrack(char *tmp) {
  for (int i = 0; i < MAX_TEMPS; i++)
    if (live_temps[i] == tmp)
      live_temps[i] = NULL;
}

int outfile_open(outfile *o, const char *path) {
  memset(o, 0, sizeof *o);
  o->path = strdup(path);
  if (!o->path)
    return -ENOMEM;
  if (strcmp(path, "-") == 0) {
    o->f = stdout;
    return 0;
  }
  /* Devices and pipes (/dev/null, a FIFO) are written in place: renaming
   * over them would replace them with a regular file. */
  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    o->f = fopen(path, "w");
    if (!o->f) {
      int e = errno;
      free(o->path);
      o->path = NULL;
      return -e;
    }
    return 0;
  }
  size_t n = strlen(path);
  o->tmp = xmalloc(n + 16);
  snprintf(o->tmp, n + 16, "%s.tmp.XXXXXX", path);
  int fd = mkstemp(o->tmp);
  if (fd < 0) {
    int e = errno;
    free(o->tmp);
    free(o->path);
    memset(o, 0, sizeof *o);
    return -e;
  }
  /* mkstemp makes 0600; give the file the mode a plain create would have. */
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  outfile_track(o->tmp);
  o->f = fdopen(fd, "w");
  if (!o->f) {
    int e = errno;
    close(fd);
    outfile_abort(o);
    return -e;
  }
  return 0;
}

int outfile_commit(outfile *o) {
  int err = 0;
  if (fflush(o->f) != 0 || ferror(o->f))
    err = errno ? errno : EIO;
  if (!o->tmp) {
    if (o->f != stdout && fclose(o->f) != 0 && !err)
      err = errno;
    free(o->path);
    memset(o, 0, sizeof *o);
    return -err;
  }
  if (fclose(o->f) != 0 && !err)
    err = errno;
  o->f = NULL;
  if (!err && rename(o->tmp, o->path) != 0)
    err = errno;
  if (err) {
    outfile_abort(o);
    return -err;
  }
  outfile_untrack(o->tmp);
  free(o->tmp);
  free(o->path);
  memset(o, 0, sizeof *o);
  return 0;
}

void outfile_abort(outfile *o) {
  if (o->f && o->f != stdout)
    fclose(o->f);
  if (o->tmp) {
    unlink(o->tmp);
    outfile_untrack(o->tmp);
    free(o->tmp);
  }
  free(o->path);
  memset(o, 0, sizeof *o);
}
