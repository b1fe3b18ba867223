/* srcmap.c - offset to file:line:col through the preprocessor's line markers. */
#include "srcmap.h"

#include <limits.h>
#include <string.h>

void srcmap_init(srcmap *m, const char *buf, size_t len, const char *file, arena *a) {
  m->buf = buf;
  m->len = len;
  m->a = a;
  m->first_file = file;
  m->pos = 0;
  memset(&m->cur, 0, sizeof m->cur);
  m->cur.file = file;
  m->cur.line = 1;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'; }

int srcmap_parse_marker(const char *p, const char *end, arena *a, int *line,
                        const char **file, int *sys, int *externc) {
  p++; /* '#' */
  while (p < end && is_space(*p))
    p++;
  if (end - p >= 4 && memcmp(p, "line", 4) == 0 && (end - p == 4 || !((p[4] >= 'a' && p[4] <= 'z') || p[4] == '_')))
    p += 4;
  while (p < end && is_space(*p))
    p++;
  if (p == end || *p < '0' || *p > '9')
    return 0;
  /* Clamped as gcc does ("line number out of range"): lines stay ints and
   * counting on from the marker cannot overflow. */
  enum { LINE_MAX_ = 1 << 30 };
  long n = 0;
  while (p < end && *p >= '0' && *p <= '9') {
    if (n < LINE_MAX_)
      n = n * 10 + (*p - '0');
    p++;
  }
  *line = n > LINE_MAX_ ? LINE_MAX_ : (int)n;
  while (p < end && is_space(*p))
    p++;
  if (p < end && *p == '"') {
    const char *q = ++p;
    size_t cap = 0;
    while (q < end && *q != '"') {
      if (*q == '\\' && q + 1 < end)
        q++;
      q++, cap++;
    }
    char *name = arena_alloc(a, cap + 1), *w = name;
    while (p < q) {
      if (*p == '\\' && p + 1 < q)
        p++;
      *w++ = *p++;
    }
    *w = '\0';
    *file = name;
    p = q < end ? q + 1 : q;
  }
  *sys = *externc = 0;
  while (p < end) {
    if (*p == '3')
      *sys = 1;
    else if (*p == '4')
      *externc = 1;
    p++;
  }
  return 1;
}

srcpos srcmap_locate(srcmap *m, size_t offset) {
  if (offset > m->len)
    offset = m->len;
  if (offset < m->pos)
    srcmap_init(m, m->buf, m->len, m->first_file, m->a);
  const char *b = m->buf;
  for (;;) {
    const char *nl = memchr(b + m->pos, '\n', m->len - m->pos);
    size_t eol = nl ? (size_t)(nl - b) : m->len;
    if (offset <= eol || !nl) {
      srcpos r = m->cur;
      r.line_start = m->pos;
      r.col = (int)(offset - m->pos) + 1;
      return r;
    }
    /* Leaving the line at m->pos: a marker sets the next line's number. */
    const char *p = b + m->pos;
    while (p < nl && is_space(*p))
      p++;
    int line;
    const char *file = m->cur.file;
    int sys, ext;
    if (p < nl && *p == '#' && srcmap_parse_marker(p, nl, m->a, &line, &file, &sys, &ext)) {
      if (file != m->cur.file && strcmp(file, m->cur.file) == 0)
        file = m->cur.file;  /* keep one pointer per run of the same file */
      m->cur.file = file;
      m->cur.line = line;
      m->cur.sys = sys;
      m->cur.externc = ext;
    } else if (m->cur.line < INT_MAX) {
      m->cur.line++;
    }
    m->pos = eol + 1;
  }
}
