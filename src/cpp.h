/* cpp.h - runs the C preprocessor as a child process and captures its output. */
#ifndef ASYNCC_CPP_H
#define ASYNCC_CPP_H

#include <stddef.h>

/* Splits a command such as "clang -E" or "gcc -E -P" on blanks into a
 * malloc'd argv with room for `extra` more entries; *argc gets the count. */
char **cpp_split_command(const char *cmd, int extra, int *argc);

/* Runs argv (argv[0] looked up in PATH) with stdin and stderr inherited and
 * stdout captured into a malloc'd buffer (NUL-terminated, *len excludes the
 * NUL). Returns the child's exit status (0 on success), 127 when it could not
 * be started (errno is kept for the message), or 128+signal. */
int cpp_run(char *const argv[], char **out, size_t *len);

#endif
