/* diag.h - GCC-style diagnostics: "file:line:col: error: msg", the source
 * line and a caret, written to a sink that tests can capture. */
#ifndef ASYNCC_DIAG_H
#define ASYNCC_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include "srcmap.h"

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } diag_level;

typedef struct {
  FILE *out;
  int color;        /* ANSI colours (a terminal, or -fdiagnostics-color) */
  int errors, warnings;
  srcmap map;       /* offsets of the preprocessed text to user positions */
} diag;

void diag_init(diag *d, FILE *out, int color);
/* Ties the sink to the text that offsets refer to. */
void diag_set_source(diag *d, const char *buf, size_t len, const char *file, arena *a);

void diag_at(diag *d, diag_level lvl, size_t offset, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_vat(diag *d, diag_level lvl, size_t offset, const char *fmt, va_list ap)
    __attribute__((format(printf, 4, 0)));
/* A message with no source position ("asyncc: error: ..."). */
void diag_plain(diag *d, diag_level lvl, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Column of the preprocessed column `pp_col` in the user's original line:
 * the preprocessor collapses whitespace and comments, so both lines are
 * walked together ignoring them. Returns pp_col when they diverge (a macro
 * expanded before that point). Exposed for unit tests. */
int diag_map_column(const char *orig, size_t orig_len, const char *pp, size_t pp_len, int pp_col);

#endif
