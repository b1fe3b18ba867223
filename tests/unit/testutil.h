/* testutil.h - parsing helpers shared by the unit tests. */
#ifndef ASYNCC_TESTUTIL_H
#define ASYNCC_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parse.h"
#include "parser.h"
#include "print.h"
#include "lex.h"
#define YYSTYPE ACYSTYPE
#define YYLTYPE ACYLTYPE
#include "lexer.h"

/* One parse of a snippet (taken as preprocessor output), with the
 * diagnostics captured as text. */
typedef struct {
  arena *A;
  diag d;
  parser P;
  node *tu;
  char *errors;
  size_t errors_len;
  FILE *err;
} parsed;

static inline parsed *parse_src(const char *src) {
  parsed *r = calloc(1, sizeof *r);
  r->A = arena_new();
  r->err = open_memstream(&r->errors, &r->errors_len);
  diag_init(&r->d, r->err, 0);
  diag_set_source(&r->d, src, strlen(src), "<test>", r->A);
  r->tu = parse_translation_unit(&r->P, src, strlen(src), r->A, &r->d, 1);
  fflush(r->err);
  return r;
}

static inline void parsed_free(parsed *r) {
  parser_free(&r->P);
  arena_free(r->A);
  fclose(r->err);
  free(r->errors);
  free(r);
}

/* Parses src, which must succeed. */
static inline parsed *parse_ok(const char *src) {
  parsed *r = parse_src(src);
  if (!r->tu)
    fail_msg("parse failed for: %s\n%s", src, r->errors);
  return r;
}

/* The external declarations, and the items of a function body. */
static inline node *tu_decl(parsed *r, int i) {
  node *n = ast_first(r->tu->a);
  while (n && i-- > 0)
    n = n->next;
  assert_non_null(n);
  return n;
}

static inline node *body_item(node *fn, int i) {
  assert_int_equal(fn->kind, AST_FUNC_DEF);
  node *n = ast_first(fn->d->a);
  while (n && i-- > 0)
    n = n->next;
  assert_non_null(n);
  return n;
}

/* The tree printed back as C, exactly as print_tu writes it. */
static inline char *print_to_string(parsed *r) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  print_tu(f, &r->P, r->tu);
  fclose(f);
  return buf;
}

/* The tree printed back as C, without line markers or blank lines, with
 * each line's leading blanks dropped: easy to compare in tests. */
static inline char *printed(parsed *r) {
  char *buf = print_to_string(r);
  size_t len = strlen(buf);
  char *out = malloc(len + 1), *w = out;
  for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
    while (*line == ' ')
      line++;
    if (*line == '#' || !*line)
      continue;
    if (w != out)
      *w++ = ' ';
    size_t n = strlen(line);
    memcpy(w, line, n);
    w += n;
  }
  *w = '\0';
  free(buf);
  return out;
}

enum { MAX_TOKENS = 4096 };

typedef struct {
  int tok[MAX_TOKENS];
  srcspan loc[MAX_TOKENS];
  int n;
} tokens;

/* Lexes src with the given names declared as typedefs; `in_async` as if
 * inside an async function body. */
static inline tokens lex_all(const char *src, const char *typedefs, int in_async) {
  tokens r = {0};
  arena *A = arena_new();
  char *errs = NULL;
  size_t elen = 0;
  FILE *ef = open_memstream(&errs, &elen);
  diag d;
  diag_init(&d, ef, 0);
  size_t len = strlen(src);
  diag_set_source(&d, src, len, "<lex>", A);
  parser P;
  memset(&P, 0, sizeof P);
  P.A = A;
  P.d = &d;
  P.buf = src;
  P.len = len;
  P.in_async = in_async;
  P.syms = symtab_new(A);
  lex_init_keywords(P.syms);
  for (const char *t = typedefs; t && *t;) {
    const char *e = strchr(t, ' ');
    size_t n = e ? (size_t)(e - t) : strlen(t);
    scope_declare(P.syms, sym_intern(P.syms, t, n), SYM_TYPEDEF);
    t += n + (e ? 1 : 0);
  }
  P.scan = malloc(len + 2);
  memcpy(P.scan, src, len);
  P.scan[len] = P.scan[len + 1] = 0;
  yyscan_t sc;
  acylex_init_extra(&P, &sc);
  acy_scan_buffer(P.scan, len + 2, sc);
  ACYSTYPE v;
  srcspan l;
  int t;
  while (r.n < MAX_TOKENS && (t = acylex(&v, &l, sc)) != 0) {
    r.loc[r.n] = l;
    r.tok[r.n++] = t;
    if (t == ACYerror)
      break;
  }
  acylex_destroy(sc);
  parser_free(&P);
  fclose(ef);
  free(errs);
  arena_free(A);
  return r;
}

/* The spellings of src's tokens, separated by single spaces. */
static inline char *token_string(const char *src) {
  tokens t = lex_all(src, NULL, 1);
  size_t cap = strlen(src) * 2 + 16, n = 0;
  char *out = malloc(cap);
  out[0] = '\0';
  for (int i = 0; i < t.n; i++)
    n += (size_t)snprintf(out + n, cap - n, "%s%.*s", i ? " " : "", (int)(t.loc[i].end - t.loc[i].begin),
                          src + t.loc[i].begin);
  return out;
}

#endif
