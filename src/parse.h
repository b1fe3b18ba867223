/* parse.h - parses preprocessed C (with async/await) into a syntax tree. */
#ifndef ASYNCC_PARSE_H
#define ASYNCC_PARSE_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "scope.h"

/* A #pragma (or other non-marker directive) line, kept for the printer. */
typedef struct {
  uint32_t offset, len;
} pragma_line;

typedef struct parser {
  arena *A;          /* the syntax tree */
  arena *names;      /* interned names and scopes: outlive dropped trees */
  int keep_all;      /* keep every declaration's tree (else see parse_external) */
  arena_mark mark;   /* the arena after the last kept external declaration */
  int saw_async_at_mark;
  diag *d;
  symtab *syms;
  const char *buf;   /* the preprocessed text; offsets index it */
  size_t len;
  char *scan;        /* copy the lexer scans in place (flex writes into it) */
  void *scanner;
  node *tu;
  int in_async;      /* >0 inside the body of an async function */
  int saw_async;     /* count of async constructs read (async, await, names of
                        async functions); nonzero: the unit needs the
                        transform (else it is passed through untouched) */
  int fn_depth;      /* nesting of function definitions (GNU nested functions) */
  uint64_t async_bits; /* bit i: the function at depth i is async */
  int attr_depth;    /* lexer: parenthesis depth inside __attribute__ */
  uint32_t attr_begin;
  uint32_t skip_to;  /* lexer: words before this offset were merged */
  char delims[256];  /* lexer: open brackets, innermost last (first 256) */
  int ndelims;       /* nesting depth, may exceed the array */
  enum { LAST_OTHER, LAST_OPENED, LAST_CLOSED } last_delim; /* the last token */
  char closed;       /* the opener the last token closed */
  pragma_line *pragmas;
  size_t npragmas, pragmas_cap;
} parser;

/* Parses buf[0..len) (the preprocessor's output). Diagnostics go to d, whose
 * source must already be set to the same text. Returns the translation unit,
 * or NULL after reporting an error. The tree comes from A, the parser's own
 * tables are released by parser_free.
 *
 * Unless keep_all, function definitions that contain nothing async are
 * dropped from the tree as soon as they are parsed (their text is passed
 * through as is), so memory stays proportional to the largest function, not
 * to the unit. */
node *parse_translation_unit(parser *P, const char *buf, size_t len, arena *A, diag *d,
                             int keep_all);

/* Grammar helper: adds an external declaration to the list (NULL: start
 * one), or drops it as described above. */
node *parse_external(parser *P, node *list, node *item);
void parser_free(parser *P);

#endif
