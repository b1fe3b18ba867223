/* print.h - writes a syntax tree back as C source with line markers. */
#ifndef ASYNCC_PRINT_H
#define ASYNCC_PRINT_H

#include <stdio.h>

#include "parse.h"

/* A printer writes C from trees and text, keeping line markers in step
 * with the source positions of what it prints. */
typedef struct printer {
  FILE *out;
  const parser *P;
  srcmap map;
  char last;            /* last character written, '\n' at a line start */
  const char *file;     /* where the compiler thinks the output line is */
  int line, sys, externc;
  int synced;           /* 0 after text whose lines we cannot follow */
  size_t next_pragma;
  int indent;
  /* Substitution: when set and it returns text for a node, that text is
   * printed instead of the node (the lowering renames locals this way).
   * It may also print through w itself and return "". */
  const char *(*subst)(void *ctx, struct printer *w, const node *n);
  void *ctx;
} printer;

void printer_init(printer *w, FILE *out, const parser *P);
void print_node(printer *w, const node *n);
/* One token or a run of tokens, spaced from the previous text as needed. */
void print_str(printer *w, const char *s);
/* Starts a line at n's source position (newlines or a line marker). */
void print_sync(printer *w, const node *n);
void print_sync_at(printer *w, uint32_t offset);
void print_newline(printer *w);
/* After text written behind the printer's back: the next sync writes a
 * line marker. */
void print_resync(printer *w);
/* #pragma lines before this offset are not printed. */
void print_skip_pragmas(printer *w, uint32_t before);
/* #pragma lines before this offset are printed now. */
void print_flush_pragmas(printer *w, uint32_t before);

/* Writes the #pragma lines still pending and ends the line. */
void print_finish(printer *w);

void print_tu(FILE *out, const parser *P, const node *tu);

#endif
