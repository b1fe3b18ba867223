/* main.c - the asyncc command: preprocess, translate, write atomically. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "cpp.h"
#include "diag.h"
#include "outfile.h"
#include "translate.h"

#ifndef ASYNCC_VERSION
#define ASYNCC_VERSION "0.0.0"
#endif
#ifndef ASYNCC_SOURCE_INCLUDE_DIR
#define ASYNCC_SOURCE_INCLUDE_DIR ""
#endif

enum { EXIT_TRANSLATION = 1, EXIT_USAGE = 2 };

static const char usage_text[] =
    "usage: asyncc [options] INPUT [-o OUTPUT]\n"
    "\n"
    "Translates C with async functions and await expressions into plain C.\n"
    "INPUT is a C source file, or - for standard input; OUTPUT defaults to\n"
    "standard output (also -). On failure no file is left at OUTPUT.\n"
    "\n"
    "Options:\n"
    "  -o FILE               write the translation to FILE\n"
    "  -I DIR, -D NAME[=VAL], -U NAME, -include FILE, -isystem DIR, ...\n"
    "                        passed to the preprocessor, as is every option\n"
    "                        asyncc does not own (-std=, -O, -f..., -m...)\n"
    "  -MD, -MMD             also write a make-style dependency file\n"
    "  -MF FILE              name of the dependency file (default: OUTPUT with .d)\n"
    "  -MT/-MQ TARGET, -MP   as for gcc (default target: OUTPUT)\n"
    "  --cpp=COMMAND         preprocessor command (default: $ASYNCC_CPP, else \"cc -E\")\n"
    "  --print-ast           write the whole unit printed from the syntax tree\n"
    "                        instead of passing non-async code through\n"
    "  -fpreprocessed        INPUT is already preprocessed: do not run cpp\n"
    "  --time-report         print the time of each phase and peak memory\n"
    "  -fdiagnostics-color[=always|never|auto]\n"
    "  --help, --version\n"
    "\n"
    "Exit status: 0 success, 1 translation or preprocessing error, 2 usage error.\n";

/* Options that take their value as the next argument and belong to cpp. */
static int cpp_option_with_arg(const char *a) {
  static const char *const opts[] = {"-include", "-imacros", "-isystem", "-iquote", "-idirafter",
                                     "-iprefix", "-iwithprefix", "-iwithprefixbefore",
                                     "-isysroot", "-imultilib", "-Xpreprocessor", "-x", "-A",
                                     "--sysroot", "-I", "-D", "-U", "-MT", "-MQ"};
  for (size_t i = 0; i < sizeof opts / sizeof *opts; i++)
    if (strcmp(a, opts[i]) == 0)
      return 1;
  return 0;
}

typedef struct {
  const char *input, *output, *depfile, *cpp;
  int md, mmd, dep_target_given, print_ast, color, preprocessed, time_report;
  char **cpp_args;
  int ncpp_args;
} options;

static int usage_error(const char *what, const char *arg) {
  fprintf(stderr, "asyncc: error: %s%s%s\n(run 'asyncc --help' for usage)\n", what,
          arg ? " " : "", arg ? arg : "");
  return EXIT_USAGE;
}

/* Returns -1 to go on, else an exit status. */
static int parse_args(int argc, char **argv, options *o) {
  o->cpp_args = xmalloc((size_t)argc * 2 * sizeof *o->cpp_args);
  const char *term = getenv("TERM");
  o->color = isatty(STDERR_FILENO) && !(term && strcmp(term, "dumb") == 0);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0) {
      fputs(usage_text, stdout);
      return 0;
    }
    if (strcmp(a, "--version") == 0) {
      printf("asyncc %s\n", ASYNCC_VERSION);
      return 0;
    }
    if (strcmp(a, "-o") == 0 || strcmp(a, "-MF") == 0) {
      if (i + 1 >= argc)
        return usage_error("missing argument to", a);
      const char **dst = a[1] == 'o' ? &o->output : &o->depfile;
      if (a[1] == 'o' && o->output)
        return usage_error("more than one output file:", argv[i + 1]);
      *dst = argv[++i];
    } else if (strncmp(a, "-o", 2) == 0 && a[2]) {
      if (o->output)
        return usage_error("more than one output file:", a + 2);
      o->output = a + 2;
    } else if (strncmp(a, "-MF", 3) == 0 && a[3]) {
      o->depfile = a + 3;
    } else if (strcmp(a, "-MD") == 0) {
      o->md = 1;
    } else if (strcmp(a, "-MMD") == 0) {
      o->mmd = 1;
    } else if (strncmp(a, "--cpp=", 6) == 0) {
      o->cpp = a + 6;
    } else if (strcmp(a, "--print-ast") == 0) {
      o->print_ast = 1;
    } else if (strcmp(a, "-fpreprocessed") == 0) {
      o->preprocessed = 1;
    } else if (strcmp(a, "--time-report") == 0) {
      o->time_report = 1;
    } else if (strcmp(a, "-fdiagnostics-color") == 0 || strcmp(a, "-fdiagnostics-color=always") == 0) {
      o->color = 1;
      o->cpp_args[o->ncpp_args++] = (char *)a;
    } else if (strcmp(a, "-fno-diagnostics-color") == 0 || strcmp(a, "-fdiagnostics-color=never") == 0) {
      o->color = 0;
      o->cpp_args[o->ncpp_args++] = (char *)a;
    } else if (strcmp(a, "-") == 0 || a[0] != '-') {
      if (o->input)
        return usage_error("more than one input file:", a);
      o->input = a;
    } else if (strncmp(a, "--", 2) == 0 && strcmp(a, "--sysroot") != 0 && strncmp(a, "--sysroot=", 10) != 0) {
      return usage_error("unknown option", a);
    } else {
      if (strcmp(a, "-MT") == 0 || strcmp(a, "-MQ") == 0 || strncmp(a, "-MT", 3) == 0 || strncmp(a, "-MQ", 3) == 0)
        o->dep_target_given = 1;
      o->cpp_args[o->ncpp_args++] = (char *)a;
      if (cpp_option_with_arg(a)) {
        if (i + 1 >= argc)
          return usage_error("missing argument to", a);
        o->cpp_args[o->ncpp_args++] = argv[++i];
      }
    }
  }
  if (!o->input)
    return usage_error("no input file", NULL);
  if (!o->output)
    o->output = "-";
  if (o->depfile && !o->md && !o->mmd)
    o->md = 1;
  return -1;
}

/* The directory holding asyncc.h: ../include next to the executable once
 * installed, else the source tree's runtime/include (a build-tree binary). */
static char *find_include_dir(void) {
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      char *dir = NULL, *hdr = NULL;
      if (asprintf(&dir, "%s/../include", exe) >= 0 && asprintf(&hdr, "%s/asyncc.h", dir) >= 0 &&
          access(hdr, R_OK) == 0) {
        free(hdr);
        return dir;
      }
      free(dir);
      free(hdr);
    }
  }
  return strdup(ASYNCC_SOURCE_INCLUDE_DIR);
}

/* The default dependency file: OUTPUT with its extension replaced by .d
 * (gcc's rule), or the input's base name for standard output. */
static char *default_depfile(const options *o) {
  const char *base = o->output;
  if (strcmp(base, "-") == 0) {
    base = strcmp(o->input, "-") == 0 ? "stdin" : o->input;
    const char *slash = strrchr(base, '/');
    if (slash)
      base = slash + 1;
  }
  const char *slash = strrchr(base, '/'), *dot = strrchr(base, '.');
  size_t stem = dot && (!slash || dot > slash) ? (size_t)(dot - base) : strlen(base);
  char *d = xmalloc(stem + 3);
  memcpy(d, base, stem);
  memcpy(d + stem, ".d", 3);
  return d;
}

static int same_file(const char *a, const char *b) {
  struct stat sa, sb;
  return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Reads a whole file (or standard input) into a malloc'd, NUL-terminated
 * buffer: the input of -fpreprocessed. Returns 0 or an errno value. */
static int read_all(const char *path, char **text, size_t *len) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f)
    return errno;
  size_t cap = 1 << 16, n = 0;
  char *buf = xmalloc(cap);
  size_t r;
  while ((r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
    n += r;
    if (cap - n < 4096)
      buf = xrealloc(buf, cap *= 2);
  }
  int err = ferror(f) ? EIO : 0;
  if (f != stdin)
    fclose(f);
  buf[n] = '\0';
  *text = buf;
  *len = n;
  return err;
}

/* Runs the preprocessor on the input. With a depfile requested, the
 * preprocessor writes it to *deptmp, renamed into place only on success.
 * Returns 0 or an exit status. */
static int preprocess(const options *o, diag *d, char **text, size_t *len, char **deptmp,
                      const char *depfile) {
  const char *cmd = o->cpp ? o->cpp : getenv("ASYNCC_CPP");
  if (!cmd || !*cmd)
    cmd = "cc -E";
  int argc;
  char **argv = cpp_split_command(cmd, o->ncpp_args + 16, &argc);
  int nsplit = argc, rc = 0;
  char *incdir = find_include_dir();
  if (argc == 0) {
    diag_plain(d, DIAG_ERROR, "empty preprocessor command");
    rc = EXIT_USAGE;
    goto out;
  }
  for (int i = 0; i < o->ncpp_args; i++)
    argv[argc++] = o->cpp_args[i];
  argv[argc++] = "-D__ASYNCC__=1";
  if (incdir && *incdir) {
    argv[argc++] = "-isystem";
    argv[argc++] = incdir;
  }
  /* The runtime's declarations, which translated code uses, are always
   * there (ac_ names are the runtime's). */
  argv[argc++] = "-include";
  argv[argc++] = "asyncc.h";
  if (depfile) {
    if (asprintf(deptmp, "%s.tmp.XXXXXX", depfile) < 0)
      *deptmp = NULL;
    int fd = *deptmp ? mkstemp(*deptmp) : -1;
    if (fd < 0) {
      diag_plain(d, DIAG_ERROR, "cannot create dependency file '%s': %s", depfile, strerror(errno));
      free(*deptmp);
      *deptmp = NULL;
      rc = EXIT_TRANSLATION;
      goto out;
    }
    close(fd);
    outfile_track(*deptmp);
    argv[argc++] = o->mmd ? "-MMD" : "-MD";
    argv[argc++] = "-MF";
    argv[argc++] = *deptmp;
    if (!o->dep_target_given) {
      argv[argc++] = "-MT";
      argv[argc++] = (char *)(strcmp(o->output, "-") == 0 ? "-" : o->output);
    }
  }
  argv[argc++] = "-x";
  argv[argc++] = "c";
  argv[argc++] = (char *)o->input;
  argv[argc] = NULL;
  int st = cpp_run(argv, text, len);
  if (st != 0) {
    /* Otherwise the preprocessor has printed its own diagnostics. */
    if (st == 127)
      diag_plain(d, DIAG_ERROR, "cannot run the preprocessor '%s': %s", argv[0], strerror(errno));
    free(*text);
    *text = NULL;
    rc = EXIT_TRANSLATION;
  }
out:
  free(incdir);
  for (int i = 0; i < nsplit; i++)
    free(argv[i]);
  free(argv);
  return rc;
}

/* Translates text and writes OUTPUT atomically (standard output gets
 * nothing unless the whole translation succeeded). */
static int translate_to_output(const options *o, diag *d, const char *text, size_t len,
                               translate_stats *stats) {
  outfile of;
  int err = outfile_open(&of, o->output);
  if (err) {
    diag_plain(d, DIAG_ERROR, "cannot create '%s': %s", o->output, strerror(-err));
    return EXIT_TRANSLATION;
  }
  int to_stdout = of.f == stdout;
  char *mem = NULL;
  size_t memlen = 0;
  FILE *sink = to_stdout ? open_memstream(&mem, &memlen) : of.f;
  const char *file = strcmp(o->input, "-") == 0 ? "<stdin>" : o->input;
  translate_opts topts = {.print_ast = o->print_ast};
  int rc = sink ? translate_text(text, len, file, &topts, d, sink, stats) : EXIT_TRANSLATION;
  if (to_stdout && sink) {
    fclose(sink);
    if (rc == 0)
      fwrite(mem, 1, memlen, stdout);
    free(mem);
  }
  if (rc != 0) {
    outfile_abort(&of);
    return rc;
  }
  err = outfile_commit(&of);
  if (err) {
    diag_plain(d, DIAG_ERROR, "cannot write '%s': %s", o->output, strerror(-err));
    return EXIT_TRANSLATION;
  }
  return 0;
}

static void time_report(double cpp_ms, const translate_stats *st) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  fprintf(stderr,
          "asyncc: time: preprocess %.2f ms, parse %.2f ms, emit %.2f ms; "
          "arena %zu KiB, peak RSS %ld KiB\n",
          cpp_ms, st->parse_ms, st->emit_ms, st->arena_bytes / 1024, ru.ru_maxrss);
}

int main(int argc, char **argv) {
  options o = {0};
  int rc = parse_args(argc, argv, &o);
  if (rc >= 0) {
    free(o.cpp_args);
    return rc;
  }
  diag d;
  diag_init(&d, stderr, o.color);
  int to_stdout = strcmp(o.output, "-") == 0;
  if (!to_stdout && strcmp(o.input, "-") != 0 && same_file(o.input, o.output)) {
    diag_plain(&d, DIAG_ERROR, "input file '%s' is the same as output file", o.input);
    free(o.cpp_args);
    return EXIT_USAGE;
  }
  /* A failed run leaves nothing at OUTPUT, not even an older translation
   * (only regular files: never a device such as /dev/null). */
  struct stat st;
  int out_is_file = !to_stdout && (lstat(o.output, &st) != 0 || S_ISREG(st.st_mode));
  if (out_is_file)
    unlink(o.output);

  char *text = NULL, *deptmp = NULL;
  size_t len = 0;
  char *depfile = (o.md || o.mmd) ? (o.depfile ? strdup(o.depfile) : default_depfile(&o)) : NULL;
  double t0 = now_ms();
  if (o.preprocessed) {
    int err = read_all(o.input, &text, &len);
    if (err) {
      diag_plain(&d, DIAG_ERROR, "cannot read '%s': %s", o.input, strerror(err));
      free(text);
      text = NULL;
      rc = EXIT_TRANSLATION;
    } else {
      rc = 0;
    }
  } else {
    rc = preprocess(&o, &d, &text, &len, &deptmp, depfile);
  }
  double cpp_ms = now_ms() - t0;
  translate_stats stats = {0};
  if (rc == 0)
    rc = translate_to_output(&o, &d, text, len, &stats);
  free(text);
  if (rc == 0 && deptmp) {
    if (rename(deptmp, depfile) == 0) {
      outfile_untrack(deptmp); /* after: a signal in between unlinks a name that is gone */
      free(deptmp);
      deptmp = NULL;
    } else {
      diag_plain(&d, DIAG_ERROR, "cannot write '%s': %s", depfile, strerror(errno));
      rc = EXIT_TRANSLATION;
      if (out_is_file)
        unlink(o.output);
    }
  }
  if (deptmp) {
    unlink(deptmp);
    outfile_untrack(deptmp);
    free(deptmp);
  }
  if (o.time_report)
    time_report(cpp_ms, &stats);
  free(depfile);
  free(o.cpp_args);
  return rc;
}
