/* parse.c - the parser driver and the grammar's scope bookkeeping. */
#define _GNU_SOURCE
#include "parse.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"
#include "parser.h"
#define YYSTYPE ACYSTYPE
#define YYLTYPE ACYLTYPE
#include "lexer.h"

/* ---- declarations and scopes ---- */

void parse_declare(parser *P, node *declarator, int is_typedef) {
  node *name = ast_declarator_name(declarator);
  if (name)
    scope_declare(P->syms, name->sym ? name->sym : sym_intern(P->syms, name->text, name->len),
                  is_typedef ? SYM_TYPEDEF : SYM_VAR);
}

void parse_declare_name(parser *P, tokval name) {
  scope_declare(P->syms, name.sym ? name.sym : sym_intern(P->syms, name.s, name.len), SYM_VAR);
}

void parse_scope_push(parser *P) { scope_push(P->syms); }
void parse_scope_pop(parser *P) { scope_pop(P->syms); }

int parse_reclassify(parser *P, int token, ACYSTYPE *lval) {
  (void)P;
  if ((token == IDENTIFIER || token == TYPEDEF_NAME) && lval->t.sym && !lval->t.sym->keyword)
    return sym_lookup(lval->t.sym) == SYM_TYPEDEF ? TYPEDEF_NAME : IDENTIFIER;
  return token;
}

node *parse_spec(parser *P, srcspan loc, tokval t, int token) {
  node *n = ast_text(P->A, AST_SPEC, loc, t, NULL, NULL);
  n->op = token;
  return n;
}

static int has_async(node *specs) {
  for (node *s = ast_first(specs); s; s = s->next)
    if (s->kind == AST_SPEC && s->op == ASYNC)
      return 1;
  return 0;
}

node *parse_function_begin(parser *P, node *specs, node *declarator, srcspan loc) {
  node *fn = ast_node(P->A, AST_FUNC_DEF, loc, specs, declarator, NULL, NULL);
  parse_declare(P, declarator, 0);
  scope_push(P->syms);
  node *fd = ast_function_declarator(declarator);
  for (node *p = fd ? ast_first(fd->b) : NULL; p; p = p->next) {
    if (p->kind == AST_PARAM)
      parse_declare(P, p->b, 0);
    else if (p->kind == AST_D_NAME)
      parse_declare(P, p, 0);
  }
  /* `await` is an operator in this body (and not in nested plain functions). */
  int async = has_async(specs);
  if (async) {
    fn->flags |= DF_ASYNC;
    node *name = ast_declarator_name(declarator);
    if (name && name->sym)
      name->sym->async_fn = 1;
  }
  if (P->fn_depth < 64) {
    if (async)
      P->async_bits |= (uint64_t)1 << P->fn_depth;
    else
      P->async_bits &= ~((uint64_t)1 << P->fn_depth);
  }
  P->fn_depth++;
  P->in_async = async;
  return fn;
}

/* Names declared as async functions: a later mention of one (a bare call,
 * ac_run or ac_spawn in a plain function) keeps that function's tree. */
void parse_note_async(parser *P, node *decl) {
  (void)P;
  if (!has_async(decl->a))
    return;
  for (node *id = ast_first(decl->b); id; id = id->next) {
    node *name = ast_declarator_name(id->a);
    if (name && name->sym && ast_function_declarator(id->a))
      name->sym->async_fn = 1;
  }
}

void parse_function_end(parser *P) {
  scope_pop(P->syms);
  P->fn_depth--;
  P->in_async = P->fn_depth > 0 && P->fn_depth <= 64 && (P->async_bits >> (P->fn_depth - 1)) & 1;
}

/* ---- syntax errors ---- */

/* Bison names tokens by their aliases, unquoted for words ("auto",
 * "identifier") and quoted for characters ("';'"). Keywords get quotes; the
 * descriptive names of token classes do not. */
static void print_token_name(const char *name, FILE *out) {
  static const char *const classes[] = {"identifier", "type name", "constant", "string literal",
                                        "end of file"};
  for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
    if (strcmp(name, classes[i]) == 0) {
      fputs(name, out);
      return;
    }
  fprintf(out, name[0] == '\'' ? "%s" : "'%s'", name);
}

static int is_blank_or_newline(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* End offset of the token before `offset`, skipping blanks and directive
 * lines (line markers sit between tokens). */
static uint32_t previous_token_end(const parser *P, uint32_t offset) {
  uint32_t i = offset;
  while (i > 0) {
    if (is_blank_or_newline(P->buf[i - 1])) {
      i--;
      continue;
    }
    uint32_t ls = i - 1;
    while (ls > 0 && P->buf[ls - 1] != '\n')
      ls--;
    uint32_t k = ls;
    while (k < i && (P->buf[k] == ' ' || P->buf[k] == '\t'))
      k++;
    if (k < i && P->buf[k] == '#') {
      i = ls;
      continue;
    }
    break;
  }
  return i;
}

/* The identifier ending at `end`, if any. */
static int word_before_is(const parser *P, uint32_t end, const char *w) {
  size_t n = strlen(w);
  return end >= n && memcmp(P->buf + end - n, w, n) == 0 &&
         (end == n || !(isalnum((unsigned char)P->buf[end - n - 1]) || P->buf[end - n - 1] == '_'));
}

static int expects(const char *const *expected, int n, const char *name) {
  for (int i = 0; i < n; i++)
    if (strcmp(expected[i], name) == 0)
      return 1;
  return 0;
}

/* Syntax errors in GCC's words. In the middle of a construct, say what
 * kind of thing is missing (an expression, a name) or which closing token
 * would do, as GCC does; a missing ';' at the end of a line is reported just
 * after the previous token. Otherwise list the expected tokens when there
 * are few, or say what was unexpected. */
void parse_syntax_error(parser *P, uint32_t begin, uint32_t end, int at_eof,
                        const char *const *expected, int nexpected) {
  uint32_t prev_end = previous_token_end(P, begin);
  if (!P->in_async && word_before_is(P, prev_end, "await")) {
    diag_at(P->d, DIAG_ERROR, prev_end - 5, "'await' used outside an async function");
    return;
  }
  /* After a complete declaration or statement nothing is "missing". */
  int mid = prev_end > 0 && !strchr(";{}", P->buf[prev_end - 1]);
  /* The bracket left open names the closer; else the first one expected. */
  static const char *const closers[] = {"';'", "')'", "']'", "'}'", "':'"};
  const char *closer = NULL;
  int open = lex_open_before_last(P);
  if (mid && open == '(' && expects(expected, nexpected, "')'"))
    closer = "')'";
  else if (mid && open == '[' && expects(expected, nexpected, "']'"))
    closer = "']'";
  for (size_t i = 0; mid && i < sizeof closers / sizeof *closers && !closer; i++)
    if (expects(expected, nexpected, closers[i]))
      closer = closers[i];

  char *msg = NULL;
  size_t msg_len = 0;
  FILE *m = open_memstream(&msg, &msg_len);
  if (!m) {
    diag_at(P->d, DIAG_ERROR, begin, "syntax error");
    return;
  }
  uint32_t where = begin;
  int expecting = 1;
  if (mid && expects(expected, nexpected, "constant")) {
    fputs("expected expression", m);
  } else if (mid && expects(expected, nexpected, "identifier")) {
    fputs(expects(expected, nexpected, "'('") ? "expected identifier or '('" : "expected identifier", m);
  } else if (closer) {
    if (closer[1] != ';' && closer[1] != ':' && expects(expected, nexpected, "','"))
      fprintf(m, "expected ',' or %s", closer);
    else
      fprintf(m, "expected %s", closer);
    if (closer[1] == ';' && memchr(P->buf + prev_end, '\n', begin - prev_end))
      where = prev_end; /* the ';' belongs at the end of the line above */
  } else if (nexpected > 0 && nexpected <= 4) {
    fputs("expected ", m);
    for (int i = 0; i < nexpected; i++) {
      if (i)
        fputs(i + 1 == nexpected ? " or " : ", ", m);
      print_token_name(expected[i], m);
    }
  } else {
    expecting = 0;
  }
  uint32_t n = end - begin > 40 ? 40 : end - begin;
  if (at_eof)
    fputs(expecting ? " at end of input" : "unexpected end of input", m);
  else
    fprintf(m, expecting ? " before '%.*s'" : "unexpected '%.*s'", (int)n, P->buf + begin);
  fclose(m);
  diag_at(P->d, DIAG_ERROR, where, "%s", msg);
  free(msg);
}

/* Bison's own messages (only "memory exhausted": syntax errors go through
 * parse_syntax_error). */
void acyerror(const ACYLTYPE *loc, parser *P, void *scanner, const char *msg) {
  (void)scanner;
  diag_at(P->d, DIAG_ERROR, loc->begin, "%s", msg);
}

/* ---- driver ---- */

node *parse_external(parser *P, node *list, node *item) {
  int drop = !P->keep_all && item->kind == AST_FUNC_DEF && !(item->flags & DF_ASYNC) &&
             P->saw_async == P->saw_async_at_mark;
  if (drop)
    arena_release(P->A, P->mark);
  if (!list)
    list = ast_list(P->A, item->loc, NULL);
  if (!drop)
    ast_append(list, item);
  P->mark = arena_get_mark(P->A);
  P->saw_async_at_mark = P->saw_async;
  return list;
}

node *parse_translation_unit(parser *P, const char *buf, size_t len, arena *A, diag *d,
                             int keep_all) {
  memset(P, 0, sizeof *P);
  P->A = A;
  P->d = d;
  P->buf = buf;
  P->len = len;
  P->keep_all = keep_all;
  P->mark = arena_get_mark(A);
  P->names = arena_new();
  P->syms = symtab_new(P->names);
  lex_init_keywords(P->syms);
  /* flex scans in place and needs two NUL bytes at the end. */
  P->scan = xmalloc(len + 2);
  memcpy(P->scan, buf, len);
  P->scan[len] = P->scan[len + 1] = '\0';

  yyscan_t scanner;
  if (acylex_init_extra(P, &scanner) != 0) {
    diag_plain(d, DIAG_ERROR, "cannot initialise the lexer");
    return NULL;
  }
  P->scanner = scanner;
  acy_scan_buffer(P->scan, len + 2, scanner);
  int errors_before = d->errors;
  int rc = acyparse(P, scanner);
  acylex_destroy(scanner);
  P->scanner = NULL;
  if (rc != 0 || d->errors > errors_before) {
    if (rc == 2)
      diag_plain(d, DIAG_ERROR, "memory exhausted while parsing");
    return NULL;
  }
  return P->tu;
}

void parser_free(parser *P) {
  symtab_free(P->syms);
  arena_free(P->names);
  P->names = NULL;
  free(P->scan);
  free(P->pragmas);
  P->syms = NULL;
  P->scan = NULL;
  P->pragmas = NULL;
}
