/* translate.h - the translator as a library: preprocessed text in, C out. */
#ifndef ASYNCC_TRANSLATE_H
#define ASYNCC_TRANSLATE_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"

typedef struct {
  int print_ast;  /* write the whole unit from the syntax tree (--print-ast) */
} translate_opts;

typedef struct {
  double parse_ms, emit_ms;
  size_t arena_bytes;
} translate_stats;

/* Translates buf[0..len), the preprocessor's output for `file`, writing the
 * result to out. Returns 0, or 1 after reporting errors through d. stats
 * may be NULL. */
int translate_text(const char *buf, size_t len, const char *file, const translate_opts *opts,
                   diag *d, FILE *out, translate_stats *stats);

#endif
