/* truncate.c - "cut short at every token": every prefix of a real program,
 * cut at a token boundary, must translate or end in a diagnostic (exit
 * status 1 with an error), never crash or hang.
 *
 * usage: asyncc_truncate [-v] [-s STRIDE] FILE...
 *
 * Each FILE is a preprocessed unit (cc -E output, line markers and all).
 * The pipeline of `asyncc -fpreprocessed` (tests/fuzz/pipeline.h) runs on
 * the whole file, which must translate, then on the prefix ending after
 * every token of the program's own text (the lines that the line markers
 * give to the main file) and after every STRIDE-th token of the included
 * headers (default 25; 1 cuts everywhere). -v names each prefix on stderr
 * before running it (file: length), to find the one that crashed. A
 * prefix that breaks the
 * contract aborts (a crash under the sanitizers); a clean run prints the
 * count of prefixes that translated and that were rejected. */
#include <ctype.h>
#include <errno.h>
#include <unistd.h>

#include "pipeline.h"

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "asyncc_truncate: %s: %s\n", path, strerror(errno));
    exit(2);
  }
  size_t cap = 1 << 16, n = 0, r;
  char *buf = malloc(cap);
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap)
      buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  if (!buf)
    abort();
  *len = n;
  return buf;
}

static const char *const puncts[] = {"...", "<<=", ">>=", "->", "++", "--", "<<", ">>", "<=", ">=",
                                     "==", "!=", "&&", "||", "*=", "/=", "%=", "+=", "-=", "&=",
                                     "^=", "|=", "##", "<:", ":>", "<%", "%>", "%:"};

/* The end of the token at s[i] (i is not blank), or of the line for a
 * directive (at the start of a line). */
static size_t token_end(const char *s, size_t n, size_t i, int line_start) {
  char c = s[i];
  if (line_start && c == '#') {
    while (i < n && s[i] != '\n')
      i++;
    return i;
  }
  if (isalpha((unsigned char)c) || c == '_' || c == '$' || (unsigned char)c >= 0x80) {
    while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '$' || (unsigned char)s[i] >= 0x80))
      i++;
    return i;
  }
  if (isdigit((unsigned char)c) || (c == '.' && i + 1 < n && isdigit((unsigned char)s[i + 1]))) {
    while (i < n) {
      if ((s[i] == '+' || s[i] == '-') && strchr("eEpP", s[i - 1]))
        i++;
      else if (isalnum((unsigned char)s[i]) || s[i] == '.' || s[i] == '_' || s[i] == '\'')
        i++;
      else
        break;
    }
    return i;
  }
  if (c == '"' || c == '\'') {
    for (i++; i < n && s[i] != c && s[i] != '\n'; i++)
      if (s[i] == '\\' && i + 1 < n)
        i++;
    return i < n && s[i] == c ? i + 1 : i;
  }
  for (size_t k = 0; k < sizeof puncts / sizeof *puncts; k++) {
    size_t l = strlen(puncts[k]);
    if (n - i >= l && memcmp(s + i, puncts[k], l) == 0)
      return i + l;
  }
  return i + 1;
}

int main(int argc, char **argv) {
  int opt;
  long stride = 25;
  int verbose = 0;
  while ((opt = getopt(argc, argv, "vs:")) != -1) {
    if (opt == 'v') {
      verbose = 1;
      continue;
    }
    if (opt == 's' && (stride = strtol(optarg, NULL, 10)) > 0)
      continue;
    fprintf(stderr, "usage: asyncc_truncate [-v] [-s STRIDE] FILE...\n");
    return 2;
  }
  if (optind >= argc) {
    fprintf(stderr, "usage: asyncc_truncate [-v] [-s STRIDE] FILE...\n");
    return 2;
  }
  FILE *null_out = fopen("/dev/null", "w");
  if (!null_out)
    abort();
  int bad = 0;
  for (int a = optind; a < argc; a++) {
    size_t n;
    char *s = read_file(argv[a], &n);
    if (fuzz_pipeline(s, n, 0, null_out, null_out) != 0) {
      fprintf(stderr, "asyncc_truncate: %s: the whole program does not translate\n", argv[a]);
      bad = 1;
      free(s);
      continue;
    }
    /* The main file: the one the first line marker names. */
    char main_file[4096] = "";
    int in_main = 1;
    long accepted = 0, rejected = 0, header_tokens = 0;
    int line_start = 1;
    for (size_t i = 0; i < n;) {
      char c = s[i];
      if (c == '\n' || c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        line_start = c == '\n' ? 1 : line_start;
        i++;
        continue;
      }
      size_t e = token_end(s, n, i, line_start);
      if (line_start && c == '#') {
        const char *q = memchr(s + i, '"', e - i);
        if (q) {
          const char *qe = memchr(q + 1, '"', (size_t)(s + e - (q + 1)));
          size_t l = qe ? (size_t)(qe - q - 1) : 0;
          if (qe && l < sizeof main_file) {
            if (!main_file[0]) {
              memcpy(main_file, q + 1, l);
              main_file[l] = '\0';
            }
            in_main = strlen(main_file) == l && memcmp(main_file, q + 1, l) == 0;
          }
        }
      }
      line_start = 0;
      int cut = in_main || header_tokens++ % stride == 0;
      if (cut) {
        if (verbose)
          fprintf(stderr, "%s: %zu\n", argv[a], e);
        if (fuzz_pipeline(s, e, 0, null_out, null_out) == 0)
          accepted++;
        else
          rejected++;
      }
      i = e;
    }
    printf("%s: %ld prefixes: %ld translated, %ld rejected with a diagnostic\n", argv[a],
           accepted + rejected, accepted, rejected);
    fflush(stdout);
    free(s);
  }
  fclose(null_out);
  return bad;
}
