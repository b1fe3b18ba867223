/* lex.h - the lexer's helpers: keywords, typedef names, contextual
 * async/await, attributes and directives (the flex rules call these). */
#ifndef ASYNCC_LEX_H
#define ASYNCC_LEX_H

#include <stdint.h>

#include "ast.h"
#include "scope.h"

struct parser;
union ACYSTYPE;

/* lex_word results that are not tokens. */
enum {
  LEX_ATTR_START = -2, /* an __attribute__ starts: scan its parentheses */
  LEX_SKIP = -3,       /* part of the previous token (merged __extension__) */
};

void lex_init_keywords(symtab *t);
tokval lex_tokval(struct parser *P, uint32_t begin, uint32_t len);
int lex_word(struct parser *P, union ACYSTYPE *lval, srcspan *loc);
int lex_attr_close(struct parser *P, union ACYSTYPE *lval, srcspan *loc);
void lex_directive(struct parser *P, uint32_t begin, uint32_t len);
int lex_error(struct parser *P, uint32_t offset, const char *msg);
/* Brackets: tracked so a syntax error can name the one left open. */
int lex_delim(struct parser *P, int c);
/* The innermost bracket open before the last token read, or 0. */
int lex_open_before_last(const struct parser *P);
int lex_stray(struct parser *P, uint32_t offset);

/* The next identifier after offset (skipping blanks, newlines and directive
 * lines), interned; NULL if the next token is not an identifier. */
sym *lex_peek_word(struct parser *P, uint32_t offset, uint32_t *word_end);

#endif
