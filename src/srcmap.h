/* srcmap.h - maps byte offsets of the preprocessed text back to the user's
 * file:line:col through the preprocessor's line markers. */
#ifndef ASYNCC_SRCMAP_H
#define ASYNCC_SRCMAP_H

#include <stddef.h>

#include "arena.h"

typedef struct {
  const char *file;    /* as the line marker spells it (unescaped) */
  int line, col;       /* 1-based; col counts bytes of the preprocessed line */
  int sys;             /* 1 in a system header (marker flag 3) */
  int externc;         /* marker flag 4 */
  size_t line_start;   /* offset of the start of this preprocessed line */
} srcpos;

/* A forward-moving cursor: locating offsets in increasing order costs O(n)
 * in total; an earlier offset restarts the scan from the beginning. */
typedef struct {
  const char *buf;
  size_t len;
  arena *a;
  const char *first_file;
  size_t pos;       /* scanned up to here; always at a line start */
  srcpos cur;       /* position of the line starting at pos */
} srcmap;

void srcmap_init(srcmap *m, const char *buf, size_t len, const char *file, arena *a);
srcpos srcmap_locate(srcmap *m, size_t offset);

/* Parses a line marker ("# 12 \"f.c\" 1 3" or "#line 12 \"f.c\""); p points
 * at '#'. Returns 1 and fills line/file/flags, 0 when the line is another
 * directive (#pragma, #ident...). */
int srcmap_parse_marker(const char *p, const char *end, arena *a, int *line,
                        const char **file, int *sys, int *externc);

#endif
