/* util.h - the driver's small helpers: a string pool that lives until exit,
 * growable argument vectors, response files, quoting for -v. */
#ifndef ASYNCC_CC_UTIL_H
#define ASYNCC_CC_UTIL_H

#include <stddef.h>

/* Allocations that live until pool_release() (all reachable from a global,
 * so leak checkers stay quiet even when the driver execs or dies). */
void *pool_alloc(size_t n);
char *pool_strdup(const char *s);
char *pool_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void pool_release(void);

/* A NULL-terminated argument vector; entries are not owned. */
typedef struct {
  char **v;
  size_t n, cap;
} strvec;

void sv_push(strvec *s, const char *a);
void sv_append(strvec *s, const strvec *t);
void sv_free(strvec *s);

/* Splits a command ("cc", "gcc -m32") on blanks, as asyncc does for --cpp. */
void split_words(const char *cmd, strvec *out);

/* argv[1..] with GCC-style @file response files expanded (quotes and
 * backslashes as libiberty reads them; an unreadable @file stays literal). */
void expand_response_files(int argc, char **argv, strvec *out);

/* Writes " arg arg..." to stderr, quoting for a POSIX shell where needed. */
void print_command(char *const argv[]);

/* Base name without the last extension: "dir/x.c" -> "x"; "-" -> "-". */
char *file_stem(const char *path);
/* The extension after the last dot of the base name, or "". */
const char *file_ext(const char *path);
/* path with its extension (if any) replaced by ext (".d"). */
char *replace_ext(const char *path, const char *ext);

#endif
