/* run.h - the driver's children and its temporary directory.
 *
 * Children are started with posix_spawn (no shell). While one runs, SIGINT,
 * SIGTERM, SIGHUP and SIGQUIT are forwarded to it; after any of them the
 * driver removes its temporary directory and dies of the same signal, so no
 * temporary file outlives it. */
#ifndef ASYNCC_CC_RUN_H
#define ASYNCC_CC_RUN_H

/* Installs the signal handlers; verbose makes run() print each command. */
void run_init(int verbose);

/* Runs argv (argv[0] looked up in PATH when it has no '/'), with standard
 * output redirected to out_fd unless it is -1. Returns the exit status, or
 * 128+N when the child died of signal N (with a message), or 1 when it could
 * not be started (with a message). Does not return after a caught signal. */
int run(char *const argv[], int out_fd);

/* Replaces the driver by argv (PATH lookup); returns 1 with a message when
 * that fails. */
int run_exec(char *const argv[]);

/* Creates the driver's temporary directory in $TMPDIR (default /tmp) and
 * returns its path, or NULL with a message. */
const char *tmpdir_create(void);
/* Removes the temporary directory and everything in it (idempotent). */
void tmpdir_remove(void);

/* Dies of a signal caught so far, after removing the temporary directory. */
void run_check_signal(void);

#endif
