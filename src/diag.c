/* diag.c - diagnostics with source line and caret. */
#include "diag.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

/* A rough token of a line, enough to align the original with the
 * preprocessed line: words and numbers, literals, single punctuators. */
typedef struct {
  int begin, end;
} dtok;

enum { MAX_DTOK = 256 };

static int word(char c) {
  return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

/* Splits s into tokens, skipping blanks and comments (cpp turned those into
 * at most one space). A line that starts inside a comment (the original's
 * continuation of a comment from the line above) starts after its end. */
static int tokenize(const char *s, size_t n, dtok *t, int skip_comment_tail) {
  size_t i = 0;
  int k = 0;
  if (skip_comment_tail) {
    const char *close = NULL, *open = NULL;
    for (size_t j = 0; j + 1 < n; j++) {
      if (!open && s[j] == '/' && s[j + 1] == '*')
        open = s + j;
      if (!close && s[j] == '*' && s[j + 1] == '/')
        close = s + j;
    }
    if (close && (!open || close < open))
      i = (size_t)(close - s) + 2;
  }
  while (i < n && k < MAX_DTOK) {
    char c = s[i];
    if (is_blank(c)) {
      i++;
    } else if (skip_comment_tail && c == '/' && i + 1 < n && s[i + 1] == '*') {
      size_t j = i + 2;
      while (j + 1 < n && !(s[j] == '*' && s[j + 1] == '/'))
        j++;
      i = j + 2 > n ? n : j + 2;
    } else if (skip_comment_tail && c == '/' && i + 1 < n && s[i + 1] == '/') {
      break;
    } else if (word(c)) {
      size_t j = i;
      while (j < n && word(s[j]))
        j++;
      t[k++] = (dtok){(int)i, (int)j};
      i = j;
    } else if (c == '"' || c == '\'') {
      size_t j = i + 1;
      while (j < n && s[j] != c)
        j += s[j] == '\\' ? 2 : 1;
      j = j < n ? j + 1 : n;
      t[k++] = (dtok){(int)i, (int)j};
      i = j;
    } else {
      t[k++] = (dtok){(int)i, (int)i + 1};
      i++;
    }
  }
  return k;
}

static int same_tok(const char *a, dtok x, const char *b, dtok y) {
  return x.end - x.begin == y.end - y.begin && memcmp(a + x.begin, b + y.begin, (size_t)(x.end - x.begin)) == 0;
}

int diag_map_column(const char *orig, size_t on, const char *pp, size_t pn, int pp_col) {
  static dtok ot[MAX_DTOK], pt[MAX_DTOK];
  static unsigned short lcs[MAX_DTOK + 1][MAX_DTOK + 1];
  int no = tokenize(orig, on, ot, 1), np = tokenize(pp, pn, pt, 0);
  int target = pp_col - 1, ti = np;
  for (int i = 0; i < np; i++)
    if (pt[i].end > target) {
      ti = i;
      break;
    }
  if (ti == np)
    return no ? ot[no - 1].end + 1 : pp_col;
  /* Longest common subsequence of the two token lists (lines are short);
   * lcs[i][j] is the length for the suffixes from i and j. */
  for (int i = np; i >= 0; i--)
    for (int j = no; j >= 0; j--)
      lcs[i][j] = (unsigned short)(i == np || j == no ? 0
                                   : same_tok(pp, pt[i], orig, ot[j]) ? lcs[i + 1][j + 1] + 1
                                   : lcs[i + 1][j] > lcs[i][j + 1] ? lcs[i + 1][j] : lcs[i][j + 1]);
  /* Walk the alignment. A matched target token maps to its original; one
   * inside an unmatched stretch (a macro's expansion) maps to the start of
   * the original stretch, the macro invocation, as clang does. */
  int i = 0, j = 0, gap_start = -1;
  while (i < np && j < no) {
    if (same_tok(pp, pt[i], orig, ot[j]) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
      if (i == ti)
        return ot[j].begin + 1 + (target - pt[i].begin);
      i++, j++;
      gap_start = -1;
    } else {
      if (gap_start < 0)
        gap_start = j;
      if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        if (i == ti)
          return ot[gap_start].begin + 1;
        i++;
      } else {
        j++;
      }
    }
  }
  if (gap_start >= 0 && gap_start < no)
    return ot[gap_start].begin + 1;
  return no ? ot[no - 1].end + 1 : pp_col;
}

/* Reads line `line` (1-based) of `file`; returns a malloc'd copy or NULL. */
static char *read_file_line(const char *file, int line, size_t *len) {
  if (!file || file[0] == '<')
    return NULL;
  /* Regular files only: a FIFO, a terminal or /dev/stdin named by a line
   * marker would block, or show other data than the source. */
  struct stat st;
  if (stat(file, &st) != 0 || !S_ISREG(st.st_mode))
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
