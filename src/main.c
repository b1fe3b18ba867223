/* main.c - the asyncc command: preprocess, translate, write atomically. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
  int md, mmd, dep_target_given, print_ast, color;
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

  /* A failed run leaves nothing at OUTPUT, not even an older translation. */
  if (!to_stdout)
    unlink(o.output);

  const char *cpp_cmd = o.cpp ? o.cpp : getenv("ASYNCC_CPP");
  if (!cpp_cmd || !*cpp_cmd)
    cpp_cmd = "cc -E";
  int cargc;
  char **cargv = cpp_split_command(cpp_cmd, o.ncpp_args + 16, &cargc);
  int nsplit = cargc;
  if (cargc == 0) {
    diag_plain(&d, DIAG_ERROR, "empty preprocessor command");
    free(cargv);
    free(o.cpp_args);
    return EXIT_USAGE;
  }
  for (int i = 0; i < o.ncpp_args; i++)
    cargv[cargc++] = o.cpp_args[i];
  char *incdir = find_include_dir();
  cargv[cargc++] = "-D__ASYNCC__=1";
  if (incdir && *incdir) {
    cargv[cargc++] = "-isystem";
    cargv[cargc++] = incdir;
  }
  char *depfile = NULL, *deptmp = NULL;
  if (o.md || o.mmd) {
    depfile = o.depfile ? strdup(o.depfile) : default_depfile(&o);
    if (asprintf(&deptmp, "%s.tmp.XXXXXX", depfile) < 0)
      deptmp = NULL;
    int fd = deptmp ? mkstemp(deptmp) : -1;
    if (fd < 0) {
      diag_plain(&d, DIAG_ERROR, "cannot create dependency file '%s': %s", depfile, strerror(errno));
      rc = EXIT_TRANSLATION;
      free(deptmp);
      deptmp = NULL;
      goto out;
    }
    close(fd);
    cargv[cargc++] = o.mmd ? "-MMD" : "-MD";
    cargv[cargc++] = "-MF";
    cargv[cargc++] = deptmp;
    if (!o.dep_target_given) {
      cargv[cargc++] = "-MT";
      cargv[cargc++] = to_stdout ? (char *)"-" : (char *)o.output;
    }
  }
  cargv[cargc++] = "-x";
  cargv[cargc++] = "c";
  cargv[cargc++] = (char *)o.input;
  cargv[cargc] = NULL;

  char *text;
  size_t len;
  int st = cpp_run(cargv, &text, &len);
  if (st != 0) {
    if (st == 127)
      diag_plain(&d, DIAG_ERROR, "cannot run the preprocessor '%s': %s", cargv[0], strerror(errno));
    /* Otherwise the preprocessor has printed its own diagnostics. */
    free(text);
    rc = EXIT_TRANSLATION;
    goto out;
  }

  outfile of;
  int err = outfile_open(&of, o.output);
  if (err) {
    diag_plain(&d, DIAG_ERROR, "cannot create '%s': %s", o.output, strerror(-err));
    free(text);
    rc = EXIT_TRANSLATION;
    goto out;
  }
  /* Standard output gets nothing until the whole translation succeeded. */
  char *mem = NULL;
  size_t memlen = 0;
  FILE *sink = to_stdout ? open_memstream(&mem, &memlen) : of.f;
  const char *file = strcmp(o.input, "-") == 0 ? "<stdin>" : o.input;
  translate_opts topts = {.print_ast = o.print_ast};
  rc = sink ? translate_text(text, len, file, &topts, &d, sink) : EXIT_TRANSLATION;
  free(text);
  if (to_stdout && sink) {
    fclose(sink);
    if (rc == 0)
      fwrite(mem, 1, memlen, stdout);
    free(mem);
  }
  if (rc == 0) {
    err = outfile_commit(&of);
    if (err) {
      diag_plain(&d, DIAG_ERROR, "cannot write '%s': %s", o.output, strerror(-err));
      rc = EXIT_TRANSLATION;
    }
  } else {
    outfile_abort(&of);
  }
  if (rc == 0 && deptmp) {
    if (rename(deptmp, depfile) != 0) {
      diag_plain(&d, DIAG_ERROR, "cannot write '%s': %s", depfile, strerror(errno));
      rc = EXIT_TRANSLATION;
      if (!to_stdout)
        unlink(o.output);
    } else {
      free(deptmp);
      deptmp = NULL;
    }
  }
out:
  if (deptmp) {
    unlink(deptmp);
    free(deptmp);
  }
  free(depfile);
  free(incdir);
  for (int i = 0; i < nsplit; i++)
    free(cargv[i]);
  free(cargv);
  free(o.cpp_args);
  return rc;
}
