/* run.c - children and the temporary directory (see run.h). */
#define _GNU_SOURCE
#include "run.h"

#include <errno.h>
#include <ftw.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

extern char **environ;

static const int forwarded[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
enum { NFORWARDED = sizeof forwarded / sizeof *forwarded };

static volatile sig_atomic_t caught;
static volatile pid_t current_child;
static sigset_t handled, initial_mask;
static int verbose_commands;
static char *tmpdir_path;

static void on_signal(int sig) {
  if (!caught)
    caught = sig;
  pid_t c = current_child;
  if (c > 0)
    kill(c, sig);
}

void run_init(int verbose) {
  verbose_commands = verbose;
  sigemptyset(&handled);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  for (int i = 0; i < NFORWARDED; i++) {
    struct sigaction old;
    /* A signal ignored by our parent (nohup) stays ignored. */
    if (sigaction(forwarded[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
      continue;
    sigaddset(&handled, forwarded[i]);
    sigaction(forwarded[i], &sa, NULL);
  }
  sigprocmask(SIG_SETMASK, NULL, &initial_mask);
}

void run_check_signal(void) {
  int sig = caught;
  if (!sig)
    return;
  tmpdir_remove();
  fflush(NULL);
  signal(sig, SIG_DFL);
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, sig);
  sigprocmask(SIG_UNBLOCK, &s, NULL);
  raise(sig);
  _exit(128 + sig);
}

int run(char *const argv[], int out_fd) {
  if (verbose_commands)
    print_command(argv);
  fflush(NULL);
  sigset_t old;
  sigprocmask(SIG_BLOCK, &handled, &old);
  run_check_signal();

  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setsigmask(&attr, &initial_mask);
  posix_spawnattr_setsigdefault(&attr, &handled);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (out_fd >= 0 && out_fd != STDOUT_FILENO)
    posix_spawn_file_actions_adddup2(&fa, out_fd, STDOUT_FILENO);
  pid_t pid;
  int err = strchr(argv[0], '/') ? posix_spawn(&pid, argv[0], &fa, &attr, argv, environ)
                                 : posix_spawnp(&pid, argv[0], &fa, &attr, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  if (err == 0)
    current_child = pid;
  sigprocmask(SIG_SETMASK, &old, NULL);
  if (err != 0) {
    fprintf(stderr, "asyncc-cc: error: cannot run '%s': %s\n", argv[0], strerror(err));
    return 1;
  }

  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      status = 1 << 8;
      break;
    }
  }
  current_child = 0;
  run_check_signal();
  if (WIFEXITED(status))
    return WEXITSTATUS(status);
  int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  fprintf(stderr, "asyncc-cc: error: '%s' terminated by signal %d (%s)\n", argv[0], sig, strsignal(sig));
  return 128 + sig;
}

int run_exec(char *const argv[]) {
  if (verbose_commands)
    print_command(argv);
  fflush(NULL);
  execvp(argv[0], argv);
  fprintf(stderr, "asyncc-cc: error: cannot run '%s': %s\n", argv[0], strerror(errno));
  return 1;
}

const char *tmpdir_create(void) {
  const char *t = getenv("TMPDIR");
  if (!t || !*t)
    t = "/tmp";
  char *path = pool_printf("%s/asyncc-cc.XXXXXX", t);
  sigset_t old;
  sigprocmask(SIG_BLOCK, &handled, &old);
  if (mkdtemp(path))
    tmpdir_path = path;
  sigprocmask(SIG_SETMASK, &old, NULL);
  if (!tmpdir_path) {
    fprintf(stderr, "asyncc-cc: error: cannot create a temporary directory in '%s': %s\n", t,
            strerror(errno));
    return NULL;
  }
  run_check_signal();
  return tmpdir_path;
}

static int remove_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw) {
  (void)sb;
  (void)type;
  (void)ftw;
  remove(path);
  return 0;
}

void tmpdir_remove(void) {
  if (!tmpdir_path)
    return;
  nftw(tmpdir_path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
  tmpdir_path = NULL;
}
