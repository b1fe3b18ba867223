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

/* Another temporary (the depfile's, written by the preprocessor) removed
 * on a fatal signal until it is untracked; at most 4 at once. */
void outfile_track(char *tmp);
void outfile_untrack(char *tmp);

/* A child (the preprocessor) that writes temporaries, or 0 once it has
 * ended: a fatal signal is passed on to it and it is waited for before the
 * temporaries are removed. */
#include <sys/types.h>
void outfile_child(pid_t pid);

#endif
