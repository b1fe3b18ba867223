/* fuzz_translate.c - libFuzzer harness: the input bytes are an already
 * preprocessed C unit (`asyncc -fpreprocessed`); the whole pipeline (parse,
 * check, lower, print) runs on them. Any crash, hang, leak, sanitizer
 * report, or a failure without a diagnostic is a bug.
 *
 * The output and the diagnostics go to /dev/null. The file name given to
 * the diagnostics is "<fuzz>", which is never opened; line markers in the
 * input can still name files, so run the fuzzer from an empty directory
 * (scripts/fuzz-long.sh and scripts/test.sh do).
 *
 * With ASYNCC_FUZZ_PRINT_AST=1 in the environment every input is also
 * translated with --print-ast (the whole unit printed from the tree).
 * With ASYNCC_FUZZ_OUT=FILE the translation of the last input that
 * translated is written to FILE (for running single inputs). */
#include <stdint.h>

#include "pipeline.h"

static FILE *null_out;
static int also_print_ast;
static const char *out_path;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  null_out = fopen("/dev/null", "w");
  if (!null_out)
    abort();
  const char *p = getenv("ASYNCC_FUZZ_PRINT_AST");
  also_print_ast = p && *p == '1';
  out_path = getenv("ASYNCC_FUZZ_OUT");
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (out_path) {
    FILE *f = fopen(out_path, "w");
    if (!f)
      abort();
    int rc = fuzz_pipeline((const char *)data, size, 0, f, null_out);
    fclose(f);
    if (rc != 0)
      remove(out_path);
  } else {
    fuzz_pipeline((const char *)data, size, 0, null_out, null_out);
  }
  if (also_print_ast)
    fuzz_pipeline((const char *)data, size, 1, null_out, null_out);
  clearerr(null_out);
  return 0;
}
