/* outfile.h - output files that appear whole or not at all: written to a
 * temporary file beside the target, renamed over it on success. */
#ifndef ASYNCC_OUTFILE_H
#define ASYNCC_OUTFILE_H

#include <stdio.h>

typedef struct {
  char *path;  /* target; "-" for standard output */
  char *tmp;   /* temporary beside it; NULL for standard output and for
                  outputs that are not regular files (/dev/null, FIFOs) */
  FILE *f;
} outfile;

/* Returns 0, or a negative errno when the temporary cannot be created. */
int outfile_open(outfile *o, const char *path);
/* Flushes, closes and renames into place; 0 or a negative errno (then the
 * temporary is removed and the target is left absent). */
int outfile_commit(outfile *o);
/* Discards the temporary. */
void outfile_abort(outfile *o);

#endif
