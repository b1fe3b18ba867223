/* diag.c - diagnostics with source line and caret. */
#include "diag.h"

#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

void diag_init(diag *d, FILE *out, int color) {
  memset(d, 0, sizeof *d);
  d->out = out;
  d->color = color;
}

void diag_set_source(diag *d, const char *buf, size_t len, const char *file, arena *a) {
  srcmap_init(&d->map, buf, len, file, a);
}

static const char *const level_name[] = {"error", "warning", "note"};
static const char *const level_color[] = {"\033[01;31m", "\033[01;35m", "\033[01;36m"};

static void print_level(diag *d, diag_level lvl) {
  if (d->color)
    fprintf(d->out, "%s%s:\033[m ", level_color[lvl], level_name[lvl]);
  else
    fprintf(d->out, "%s: ", level_name[lvl]);
  if (lvl == DIAG_ERROR)
    d->errors++;
  else if (lvl == DIAG_WARNING)
    d->warnings++;
}

void diag_plain(diag *d, diag_level lvl, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs(d->color ? "\033[01masyncc:\033[m " : "asyncc: ", d->out);
  print_level(d, lvl);
  vfprintf(d->out, fmt, ap);
  fputc('\n', d->out);
  va_end(ap);
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'; }

/* Skips blanks and comments of the original line (cpp turned them into at
 * most one space). */
static size_t skip_orig(const char *s, size_t i, size_t n) {
  for (;;) {
    while (i < n && is_blank(s[i]))
      i++;
    if (i + 1 < n && s[i] == '/' && s[i + 1] == '*') {
      const char *e = NULL;
      for (size_t k = i + 2; k + 1 < n; k++)
        if (s[k] == '*' && s[k + 1] == '/') {
          e = s + k + 2;
          break;
        }
      if (!e)
        return n;
      i = (size_t)(e - s);
      continue;
    }
    if (i + 1 < n && s[i] == '/' && s[i + 1] == '/')
      return n;
    return i;
  }
}

int diag_map_column(const char *orig, size_t on, const char *pp, size_t pn, int pp_col) {
  size_t target = (size_t)(pp_col - 1), i = 0, j = 0;
  for (;;) {
    while (i < pn && is_blank(pp[i]) && i < target)
      i++;
    j = skip_orig(orig, j, on);
    if (i >= target)
      return (int)j + 1;
    if (i >= pn || j >= on || pp[i] != orig[j])
      return pp_col;
    /* Inside a literal both sides keep their blanks: compare them exactly. */
    if (pp[i] == '"' || pp[i] == '\'') {
      char q = pp[i];
      i++, j++;
      while (i < pn && j < on && i < target && pp[i] == orig[j] && pp[i] != q) {
        if (pp[i] == '\\' && i + 1 < pn && j + 1 < on) {
          if (pp[i + 1] != orig[j + 1])
            return pp_col;
          i++, j++;
        }
        i++, j++;
      }
      if (i >= target)
        return (int)j + 1;
      if (i >= pn || j >= on || pp[i] != orig[j])
        return pp_col;
    }
    i++, j++;
  }
}

/* Reads line `line` (1-based) of `file`; returns a malloc'd copy or NULL. */
static char *read_file_line(const char *file, int line, size_t *len) {
  if (!file || file[0] == '<')
    return NULL;
  FILE *f = fopen(file, "r");
  if (!f)
    return NULL;
  char *buf = NULL;
  size_t cap = 0;
  ssize_t n = -1;
  for (int i = 0; i < line; i++)
    if ((n = getline(&buf, &cap, f)) < 0)
      break;
  fclose(f);
  if (n < 0) {
    free(buf);
    return NULL;
  }
  while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
    n--;
  *len = (size_t)n;
  return buf;
}

void diag_vat(diag *d, diag_level lvl, size_t offset, const char *fmt, va_list ap) {
  srcpos p = srcmap_locate(&d->map, offset);
  const char *pp = d->map.buf + p.line_start;
  const char *nl = memchr(pp, '\n', d->map.len - p.line_start);
  size_t pp_len = nl ? (size_t)(nl - pp) : d->map.len - p.line_start;

  size_t orig_len = 0;
  char *orig = read_file_line(p.file, p.line, &orig_len);
  const char *shown = pp;
  size_t shown_len = pp_len;
  int col = p.col;
  if (orig) {
    col = diag_map_column(orig, orig_len, pp, pp_len, p.col);
    shown = orig;
    shown_len = orig_len;
  }

  if (d->color)
    fprintf(d->out, "\033[01m%s:%d:%d:\033[m ", p.file, p.line, col);
  else
    fprintf(d->out, "%s:%d:%d: ", p.file, p.line, col);
  print_level(d, lvl);
  vfprintf(d->out, fmt, ap);
  fputc('\n', d->out);

  /* The source line, then a caret under the column (tabs kept so it lines up). */
  fprintf(d->out, "%5d | %.*s\n      | ", p.line, (int)shown_len, shown);
  for (int i = 0; i + 1 < col && (size_t)i < shown_len; i++)
    fputc(shown[i] == '\t' ? '\t' : ' ', d->out);
  if (d->color)
    fprintf(d->out, "%s^\033[m\n", level_color[lvl]);
  else
    fputs("^\n", d->out);
  free(orig);
}

void diag_at(diag *d, diag_level lvl, size_t offset, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_vat(d, lvl, offset, fmt, ap);
  va_end(ap);
}
