/* translate.c - the pipeline: parse, check, then emit.
 *
 * Code without async functions is passed through as the preprocessor wrote
 * it, line markers included, so its meaning cannot change; a unit with
 * async code goes through src/lower.c, which replaces only the external
 * declarations that involve it. */
#include "translate.h"

#include <time.h>

#include "arena.h"
#include "parse.h"
#include "parser.h"
#include "lower.h"

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int translate_text(const char *buf, size_t len, const char *file, const translate_opts *opts,
                   diag *d, FILE *out, translate_stats *stats) {
  arena *A = arena_new(), *positions = arena_new();
  diag_set_source(d, buf, len, file, positions);
  parser P;
  double t0 = now_ms();
  int print_ast = opts && opts->print_ast;
  node *tu = parse_translation_unit(&P, buf, len, A, d, print_ast);
  double t1 = now_ms();
  int rc = 1;
  if (!tu)
    goto done;
  if (print_ast || P.saw_async) {
    /* The transform and the printer walk the tree recursively: a limit on
     * nesting keeps them far from the end of the stack (gcc and clang have
     * similar ones; clang's brackets stop at 256). */
    enum { MAX_NESTING = 1000 };
    node *deep = ast_too_deep(tu, MAX_NESTING);
    if (deep) {
      diag_at(d, DIAG_ERROR, deep->loc.begin,
              "nesting too deep: more than %d levels of expressions, statements and declarators", MAX_NESTING);
      goto done;
    }
    if (lower_unit(&P, tu, out, print_ast) != 0)
      goto done;
  } else {
    fwrite(buf, 1, len, out);
  }
  rc = ferror(out) ? 1 : 0;
  if (rc)
    diag_plain(d, DIAG_ERROR, "write error");
  if (stats) {
    stats->emit_ms = now_ms() - t1;
    stats->parse_ms = t1 - t0;
  }
done:
  if (stats)
    stats->arena_bytes = arena_bytes(A);
  parser_free(&P);
  arena_free(A);
  arena_free(positions);
  return rc;
}
