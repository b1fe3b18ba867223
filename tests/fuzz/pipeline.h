/* pipeline.h - the whole translation pipeline of `asyncc -fpreprocessed`,
 * run in-process on a buffer (shared by the fuzz harness and the
 * truncation test). */
#ifndef ASYNCC_FUZZ_PIPELINE_H
#define ASYNCC_FUZZ_PIPELINE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "translate.h"

/* Translates data[0..size) as main.c does for -fpreprocessed (a
 * NUL-terminated copy, as read_all makes), writing the output to out and
 * the diagnostics to diag_out. Aborts when the result breaks the
 * contract: the status is 0 or 1, and a failure comes with an error
 * diagnostic. Returns the status. */
static inline int fuzz_pipeline(const char *data, size_t size, int print_ast, FILE *out,
                                FILE *diag_out) {
  char *text = malloc(size + 1);
  if (!text)
    abort();
  if (size)
    memcpy(text, data, size);
  text[size] = '\0';
  diag d;
  diag_init(&d, diag_out, 0);
  translate_opts opts = {.print_ast = print_ast};
  int rc = translate_text(text, size, "<fuzz>", &opts, &d, out, NULL);
  free(text);
  if (rc != 0 && rc != 1) {
    fprintf(stderr, "fuzz: translate_text returned %d\n", rc);
    abort();
  }
  if (rc == 1 && d.errors == 0) {
    fprintf(stderr, "fuzz: translation failed without an error diagnostic\n");
    abort();
  }
  return rc;
}

#endif
