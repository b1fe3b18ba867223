/* print.h - writes a syntax tree back as C source with line markers. */
#ifndef ASYNCC_PRINT_H
#define ASYNCC_PRINT_H

#include <stdio.h>

#include "parse.h"

void print_tu(FILE *out, const parser *P, const node *tu);

#endif
