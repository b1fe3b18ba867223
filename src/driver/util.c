/* util.c - the driver's small helpers (see util.h). */
#define _GNU_SOURCE
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void **pool;
static size_t npool, cappool;

static void oom(void) {
  fputs("asyncc-cc: error: out of memory\n", stderr);
  exit(1);
}

void *pool_alloc(size_t n) {
  if (npool == cappool) {
    cappool = cappool ? cappool * 2 : 64;
    void **p = realloc(pool, cappool * sizeof *pool);
    if (!p)
      oom();
    pool = p;
  }
  void *m = malloc(n ? n : 1);
  if (!m)
    oom();
  pool[npool++] = m;
  return m;
}

char *pool_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(pool_alloc(n), s, n);
}

char *pool_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = NULL;
  int n = vasprintf(&s, fmt, ap);
  va_end(ap);
  if (n < 0)
    oom();
  char *r = pool_strdup(s);
  free(s);
  return r;
}

void pool_release(void) {
  for (size_t i = 0; i < npool; i++)
    free(pool[i]);
  free(pool);
  pool = NULL;
  npool = cappool = 0;
}

void sv_push(strvec *s, const char *a) {
  if (s->n + 2 > s->cap) {
    s->cap = s->cap ? s->cap * 2 : 16;
    char **v = realloc(s->v, s->cap * sizeof *v);
    if (!v)
      oom();
    s->v = v;
  }
  s->v[s->n++] = (char *)a;
  s->v[s->n] = NULL;
}

void sv_append(strvec *s, const strvec *t) {
  for (size_t i = 0; i < t->n; i++)
    sv_push(s, t->v[i]);
}

void sv_free(strvec *s) {
  free(s->v);
  s->v = NULL;
  s->n = s->cap = 0;
}

void split_words(const char *cmd, strvec *out) {
  for (const char *p = cmd; *p;) {
    while (*p == ' ' || *p == '\t')
      p++;
    if (!*p)
      break;
    const char *s = p;
    while (*p && *p != ' ' && *p != '\t')
      p++;
    char *w = pool_alloc((size_t)(p - s) + 1);
    memcpy(w, s, (size_t)(p - s));
    w[p - s] = '\0';
    sv_push(out, w);
  }
}

/* Reads a response file's words into out; 0 when it could not be read. */
static int read_response_file(const char *path, strvec *out, int depth);

static void expand_one(char *a, strvec *out, int depth) {
  if (a[0] == '@' && a[1] && depth < 16 && read_response_file(a + 1, out, depth + 1))
    return;
  sv_push(out, a);
}

static int read_response_file(const char *path, strvec *out, int depth) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return 0;
  char *text = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&text, &len);
  if (!m) {
    fclose(f);
    return 0;
  }
  char buf[4096];
  size_t r;
  while ((r = fread(buf, 1, sizeof buf, f)) > 0)
    fwrite(buf, 1, r, m);
  fclose(f);
  fclose(m);
  char *word = pool_alloc(len + 1);
  for (char *p = text; *p;) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v')
      p++;
    if (!*p)
      break;
    size_t n = 0;
    char quote = 0;
    for (; *p; p++) {
      if (quote) {
        if (*p == quote)
          quote = 0;
        else if (*p == '\\' && p[1])
          word[n++] = *++p;
        else
          word[n++] = *p;
      } else if (*p == '\'' || *p == '"') {
        quote = *p;
      } else if (*p == '\\' && p[1]) {
        word[n++] = *++p;
      } else if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v') {
        break;
      } else {
        word[n++] = *p;
      }
    }
    word[n] = '\0';
    expand_one(pool_strdup(word), out, depth);
  }
  free(text);
  return 1;
}

void expand_response_files(int argc, char **argv, strvec *out) {
  for (int i = 1; i < argc; i++)
    expand_one(argv[i], out, 0);
}

void print_command(char *const argv[]) {
  for (size_t i = 0; argv[i]; i++) {
    const char *a = argv[i];
    int plain = *a != '\0';
    for (const char *p = a; *p; p++)
      if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=/.,:@%", *p))
        plain = 0;
    if (plain) {
      fprintf(stderr, " %s", a);
      continue;
    }
    fputs(" '", stderr);
    for (const char *p = a; *p; p++)
      if (*p == '\'')
        fputs("'\\''", stderr);
      else
        fputc(*p, stderr);
    fputc('\'', stderr);
  }
  fputc('\n', stderr);
}

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

char *file_stem(const char *path) {
  const char *base = base_name(path);
  const char *dot = strrchr(base, '.');
  size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
  char *s = pool_alloc(n + 1);
  memcpy(s, base, n);
  s[n] = '\0';
  return s;
}

const char *file_ext(const char *path) {
  const char *base = base_name(path);
  const char *dot = strrchr(base, '.');
  return dot && dot != base ? dot + 1 : "";
}

char *replace_ext(const char *path, const char *ext) {
  const char *base = base_name(path);
  const char *dot = strrchr(base, '.');
  size_t n = dot && dot != base ? (size_t)(dot - path) : strlen(path);
  return pool_printf("%.*s%s", (int)n, path, ext);
}
