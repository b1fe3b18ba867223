/* lower.h - turns async functions into state machines (plain C text).
 *
 * Takes the parsed unit and writes the translation: the preprocessed text
 * passed through, except for the external declarations that involve async
 * functions, which are replaced by generated C (see docs/design.md for the
 * frame layout and the ABI with the runtime). */
#ifndef ASYNCC_LOWER_H
#define ASYNCC_LOWER_H

#include <stdio.h>

#include "parse.h"

/* Returns 0, or 1 after reporting errors (nothing useful was written).
 * With print_all, the declarations that are passed through are printed from
 * the tree instead (--print-ast), which needs a tree that kept them all. */
int lower_unit(const parser *P, node *tu, FILE *out, int print_all);

#endif
