/* asyncc_cc.c - asyncc-cc, a compiler driver that behaves like cc.
 *
 * Every C source is translated by the asyncc beside this executable (which
 * preprocesses it with "$ASYNCC_CC -E" and writes any depfile), and the
 * translation, already preprocessed, is compiled as -x cpp-output by
 * $ASYNCC_CC (default cc; never $CC, which make points at this driver).
 * Everything else passes through; linking adds the runtime. docs/driver.md
 * describes the behaviour. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "options.h"
#include "run.h"
#include "util.h"

#ifndef ASYNCC_VERSION
#define ASYNCC_VERSION "0.0.0"
#endif
/* The build tree's runtime archive and header directory, used when the
 * driver does not sit in an installed prefix (<prefix>/bin). */
#ifndef ASYNCC_BUILD_RUNTIME
#define ASYNCC_BUILD_RUNTIME ""
#endif
#ifndef ASYNCC_SOURCE_INCLUDE_DIR
#define ASYNCC_SOURCE_INCLUDE_DIR ""
#endif

typedef struct {
  cmdline cl;
  strvec cc;            /* $ASYNCC_CC split into words */
  const char *asyncc;   /* the translator beside the driver */
  const char *runtime;  /* libasyncc.a, or -lasyncc */
  const char *include;  /* the directory of asyncc.h */
  const char *tmpdir;
} driver;

/* ---- where things are ---------------------------------------------------- */

static char *exe_dir(void) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0)
    return NULL;
  buf[n] = '\0';
  char *slash = strrchr(buf, '/');
  if (!slash)
    return NULL;
  *slash = '\0';
  return pool_strdup(buf);
}

static int is_file(const char *path) {
  struct stat st;
  return path && *path && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static const char *canonical(const char *path) {
  char *r = realpath(path, NULL);
  if (!r)
    return path;
  char *p = pool_strdup(r);
  free(r);
  return p;
}

/* Installed: <prefix>/bin/asyncc-cc with <prefix>/lib/libasyncc.a and
 * <prefix>/include/asyncc.h; else the build tree (paths fixed at build time:
 * build/bin/asyncc-cc, build/runtime/libasyncc.a, runtime/include). */
static void locate(driver *d) {
  char *dir = exe_dir();
  d->asyncc = dir ? pool_printf("%s/asyncc", dir) : "asyncc";
  const char *lib = dir ? pool_printf("%s/../lib/libasyncc.a", dir) : NULL;
  const char *inc = dir ? pool_printf("%s/../include", dir) : NULL;
  if (is_file(lib))
    d->runtime = canonical(lib);
  else if (is_file(ASYNCC_BUILD_RUNTIME))
    d->runtime = ASYNCC_BUILD_RUNTIME;
  else
    d->runtime = "-lasyncc";
  if (inc && is_file(pool_printf("%s/asyncc.h", inc)))
    d->include = canonical(inc);
  else
    d->include = ASYNCC_SOURCE_INCLUDE_DIR;
}

static mode_t current_umask(void) {
  mode_t m = umask(022);
  umask(m);
  return m;
}

/* ---- command lines ----------------------------------------------------- */

static void push_item(strvec *v, const item *it) {
  for (int k = 0; k < it->nargs; k++)
    sv_push(v, it->arg[k]);
}

/* An input as the compiler gets it, its language made explicit. */
static void push_input(strvec *v, const char *lang, const char *path) {
  if (lang) {
    sv_push(v, "-x");
    sv_push(v, lang);
  }
  sv_push(v, path);
  if (lang) {
    sv_push(v, "-x");
    sv_push(v, "none");
  }
}

enum { WANT_C = 1, WANT_OTHER = 2 };
enum { C_TRANSLATED, C_OBJECT };

/* $ASYNCC_CC with the options of the given kinds and the wanted inputs, in
 * command-line order. -x options never appear: each input carries its own
 * language. C sources become their translations (or temporary objects). */
static void cc_command(const driver *d, strvec *v, unsigned kinds, unsigned want, int c_as) {
  sv_append(v, &d->cc);
  for (size_t i = 0; i < d->cl.nitems; i++) {
    const item *it = &d->cl.items[i];
    if (it->kind != K_INPUT) {
      if (kinds & (1u << it->kind))
        push_item(v, it);
    } else if (it->is_c) {
      if ((want & WANT_C) && it->status == 0)
        push_input(v, c_as == C_TRANSLATED ? "cpp-output" : NULL,
                   c_as == C_TRANSLATED ? it->translated : it->object);
    } else if (want & WANT_OTHER) {
      push_input(v, it->lang, it->arg[0]);
    }
  }
}

#define KIND(k) (1u << (k))
static const unsigned COMPILE_KINDS = KIND(K_BOTH) | KIND(K_CC) | KIND(K_LINK) | KIND(K_MODE) | KIND(K_OUT);
static const unsigned ALL_KINDS = COMPILE_KINDS | KIND(K_PRE) | KIND(K_DEP);

static void add_runtime(const driver *d, strvec *v) {
  if (d->cl.no_runtime)
    return;
  sv_push(v, d->runtime);
  sv_push(v, "-lpthread");
}

/* The depfile and target cc would use for source src (gcc's rules). */
static void dep_defaults(const cmdline *cl, const char *src, const char **file, const char **target) {
  const char *stem = file_stem(src);
  const char *out = cl->output && strcmp(cl->output, "-") != 0 ? cl->output : NULL;
  *target = pool_printf("%s.o", stem);
  switch (cl->mode) {
  case MODE_OBJ:
  case MODE_ASM:
    *file = out ? replace_ext(out, ".d") : pool_printf("%s.d", stem);
    if (out)
      *target = out;
    break;
  case MODE_PREPROCESS:
    *file = out ? replace_ext(out, ".d") : pool_printf("%s.d", stem);
    break;
  case MODE_LINK:
    if (out && cl->ncompilable == 1)
      *file = replace_ext(out, ".d");
    else
      *file = pool_printf("%s-%s.d", out ? replace_ext(out, "") : "a", stem);
    if (out)
      *target = out;
    break;
  case MODE_SYNTAX:
    *file = pool_printf("a-%s.d", stem);
    break;
  }
}

/* asyncc's command for one C source, writing to out ("-": standard output).
 * A depfile is written in the temporary directory (so an interrupted run
 * leaves nothing beside the real one) and moved into place by
 * place_depfile(). */
static void asyncc_command(const driver *d, strvec *v, item *src, const char *out) {
  const cmdline *cl = &d->cl;
  sv_push(v, d->asyncc);
  /* The preprocessor: the compiler that will compile the output, with the
   * options asyncc would misread as its own. */
  char *cpp = NULL;
  size_t cpplen = 0;
  FILE *m = open_memstream(&cpp, &cpplen);
  if (!m) {
    fputs("asyncc-cc: error: out of memory\n", stderr);
    exit(1);
  }
  fputs("--cpp=", m);
  for (size_t i = 0; i < d->cc.n; i++)
    fprintf(m, "%s ", d->cc.v[i]);
  fputs("-E", m);
  for (size_t i = 0; i < cl->nitems; i++)
    if (cl->items[i].route == ROUTE_CMD)
      for (int k = 0; k < cl->items[i].nargs; k++)
        fprintf(m, " %s", cl->items[i].arg[k]);
  fclose(m);
  sv_push(v, pool_strdup(cpp));
  free(cpp);
  for (size_t i = 0; i < cl->nitems; i++)
    if (cl->items[i].route == ROUTE_ARGV)
      push_item(v, &cl->items[i]);
  if (src->dep_tmp) {
    const char *file, *target;
    dep_defaults(cl, src->arg[0], &file, &target);
    src->dep_final = cl->mf ? cl->mf : file;
    sv_push(v, cl->md ? "-MD" : "-MMD");
    sv_push(v, "-MF");
    sv_push(v, src->dep_tmp);
    if (!cl->dep_target) {
      sv_push(v, "-MQ");
      sv_push(v, target);
    }
    /* -MT, -MQ, -MP, -MG as given. */
    for (size_t i = 0; i < cl->nitems; i++) {
      const item *it = &cl->items[i];
      if (it->kind == K_DEP && strcmp(it->arg[0], "-MD") != 0 && strcmp(it->arg[0], "-MMD") != 0 &&
          strncmp(it->arg[0], "-MF", 3) != 0)
        push_item(v, it);
    }
  }
  sv_push(v, src->arg[0]);
  sv_push(v, "-o");
  sv_push(v, out);
}

/* Moves a finished depfile into place: rename, or across file systems a
 * copy beside the target renamed over it. Returns 0 or 1 with a message.
 * (A signal meanwhile is acted on only at the next run_check_signal.) */
static int place_depfile(const item *it) {
  /* The preprocessor wrote into asyncc's mkstemp file (mode 0600). */
  chmod(it->dep_tmp, 0666 & ~current_umask());
  if (rename(it->dep_tmp, it->dep_final) == 0)
    return 0;
  int err = errno;
  if (err == EXDEV) {
    char *tmp = pool_printf("%s.tmp.XXXXXX", it->dep_final);
    int out = mkstemp(tmp), in = open(it->dep_tmp, O_RDONLY | O_CLOEXEC);
    err = out < 0 || in < 0 ? errno : 0;
    char buf[8192];
    ssize_t n;
    while (!err && (n = read(in, buf, sizeof buf)) != 0) {
      if (n < 0 || write(out, buf, (size_t)n) != n)
        err = n < 0 ? errno : EIO;
    }
    if (in >= 0)
      close(in);
    if (out >= 0) {
      if (!err && fchmod(out, 0666 & ~current_umask()) != 0)
        err = errno;
      if (close(out) != 0 && !err)
        err = errno;
      if (!err && rename(tmp, it->dep_final) != 0)
        err = errno;
      if (err)
        unlink(tmp);
    }
    if (!err)
      return 0;
  }
  fprintf(stderr, "asyncc-cc: error: cannot write '%s': %s\n", it->dep_final, strerror(err));
  return 1;
}

static int run_vec(strvec *v, int out_fd) {
  int st = run(v->v, out_fd);
  sv_free(v);
  return st;
}

/* ---- the modes ----------------------------------------------------------- */

/* A subdirectory of the temporary directory for input i, or NULL. */
static const char *input_dir(const driver *d, size_t i) {
  const char *sub = pool_printf("%s/%zu", d->tmpdir, i);
  if (mkdir(sub, 0700) != 0) {
    fprintf(stderr, "asyncc-cc: error: cannot create '%s': %s\n", sub, strerror(errno));
    return NULL;
  }
  return sub;
}

/* Runs asyncc on a C source (out_fd: standard output for "-") and puts its
 * depfile in place. Returns the status. */
static int translate(const driver *d, item *it, const char *sub, const char *out, int out_fd) {
  if (d->cl.md || d->cl.mmd)
    it->dep_tmp = pool_printf("%s/%s.d", sub, file_stem(it->arg[0]));
  strvec v = {0};
  asyncc_command(d, &v, it, out);
  int st = run_vec(&v, out_fd);
  if (st == 0 && it->dep_tmp)
    st = place_depfile(it);
  return st;
}

/* -E: translations (and other inputs preprocessed by cc) to -o or stdout. */
static int do_preprocess(driver *d) {
  cmdline *cl = &d->cl;
  int fd = STDOUT_FILENO, created = 0;
  if (cl->output && strcmp(cl->output, "-") != 0) {
    struct stat st;
    created = lstat(cl->output, &st) != 0 || S_ISREG(st.st_mode);
    fd = open(cl->output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
      fprintf(stderr, "asyncc-cc: error: cannot create '%s': %s\n", cl->output, strerror(errno));
      return 1;
    }
  }
  /* Depfiles are written in the temporary directory first. */
  int ok = !(cl->md || cl->mmd) || (d->tmpdir = tmpdir_create()) != NULL;
  int rc = ok ? 0 : 1;
  for (size_t i = 0; ok && i < cl->nitems; i++) {
    item *it = &cl->items[i];
    if (it->kind != K_INPUT || !it->compilable)
      continue;
    int st;
    if (it->is_c) {
      const char *sub = d->tmpdir ? input_dir(d, i) : "";
      st = sub ? translate(d, it, sub, "-", fd) : 1;
    } else {
      strvec v = {0};
      sv_append(&v, &d->cc);
      for (size_t j = 0; j < cl->nitems; j++)
        if (cl->items[j].kind != K_INPUT && cl->items[j].kind != K_OUT && cl->items[j].kind != K_LANG)
          push_item(&v, &cl->items[j]);
      push_input(&v, it->lang, it->arg[0]);
      st = run_vec(&v, fd);
    }
    if (st && !rc)
      rc = st;
  }
  if (fd != STDOUT_FILENO)
    close(fd);
  if (rc && created)
    unlink(cl->output);
  return rc;
}

/* What cc -c/-S would have written for a C source. */
static const char *object_name(const cmdline *cl, const item *it) {
  if (cl->output)
    return strcmp(cl->output, "-") == 0 ? NULL : cl->output;
  if (cl->mode == MODE_OBJ)
    return pool_printf("%s.o", file_stem(it->arg[0]));
  if (cl->mode == MODE_ASM)
    return pool_printf("%s.s", file_stem(it->arg[0]));
  return NULL;
}

/* -c, -S, -fsyntax-only and linking. */
static int do_compile(driver *d) {
  cmdline *cl = &d->cl;
  d->tmpdir = tmpdir_create();
  if (!d->tmpdir)
    return 1;
  int rc = 0, nok = 0;
  /* Translate every C source; in the temporary directory each keeps its
   * base name, so cc -c names the objects as it would for the sources. */
  for (size_t i = 0; i < cl->nitems; i++) {
    item *it = &cl->items[i];
    if (it->kind != K_INPUT || !it->is_c)
      continue;
    const char *sub = input_dir(d, i);
    if (!sub)
      return 1;
    it->translated = pool_printf("%s/%s.i", sub, file_stem(it->arg[0]));
    it->object = pool_printf("%s/%s.o", sub, file_stem(it->arg[0]));
    it->status = translate(d, it, sub, it->translated, -1);
    if (it->status) {
      if (!rc)
        rc = it->status;
      /* No stale object from an older build stays behind (clang's rule). */
      const char *obj = object_name(cl, it);
      struct stat st;
      if (obj && lstat(obj, &st) == 0 && S_ISREG(st.st_mode))
        unlink(obj);
    } else {
      nok++;
    }
  }

  if (cl->mode != MODE_LINK) {
    /* C translations in one cc run (without preprocessor options, which
     * clang would call unused), other inputs as they were given. */
    if (nok) {
      strvec v = {0};
      cc_command(d, &v, COMPILE_KINDS, WANT_C, C_TRANSLATED);
      int st = run_vec(&v, -1);
      if (st && !rc)
        rc = st;
    }
    if (cl->ninputs > cl->nc) {
      strvec v = {0};
      cc_command(d, &v, ALL_KINDS, WANT_OTHER, C_TRANSLATED);
      int st = run_vec(&v, -1);
      if (st && !rc)
        rc = st;
    }
    return rc;
  }

  if (rc)
    return rc;
  strvec v = {0};
  if (cl->nneeds_cpp == 0) {
    /* One cc run compiles the translations and links, inputs in order. */
    cc_command(d, &v, COMPILE_KINDS, WANT_C | WANT_OTHER, C_TRANSLATED);
  } else {
    /* Other preprocessed languages (.S, C++) need the preprocessor options:
     * compile the translations first, then link as the user asked. */
    for (size_t i = 0; i < cl->nitems; i++) {
      item *it = &cl->items[i];
      if (it->kind != K_INPUT || !it->is_c)
        continue;
      strvec c = {0};
      sv_append(&c, &d->cc);
      for (size_t j = 0; j < cl->nitems; j++)
        if (cl->items[j].kind == K_BOTH || cl->items[j].kind == K_CC)
          push_item(&c, &cl->items[j]);
      sv_push(&c, "-c");
      push_input(&c, "cpp-output", it->translated);
      sv_push(&c, "-o");
      sv_push(&c, it->object);
      int st = run_vec(&c, -1);
      if (st)
        return st;
    }
    cc_command(d, &v, ALL_KINDS, WANT_C | WANT_OTHER, C_OBJECT);
  }
  add_runtime(d, &v);
  return run_vec(&v, -1);
}

/* ---- main -------------------------------------------------------------- */

/* Runs cc with the user's arguments as they were (plus extra), in place of
 * the driver: queries, commands without C sources. */
static int exec_cc(driver *d, int argc, char **argv, const strvec *extra) {
  strvec v = {0};
  sv_append(&v, &d->cc);
  for (int i = 1; i < argc; i++)
    sv_push(&v, argv[i]);
  if (extra)
    sv_append(&v, extra);
  int rc = run_exec(v.v);
  sv_free(&v);
  return rc;
}

/* --asyncc-version: what objects depend on besides the inputs, the headers
 * and the options (a ccache compiler check, docs/driver.md): the driver,
 * the translator (version and binary) and the compiler. */
static int print_versions(driver *d) {
  printf("asyncc-cc %s\n", ASYNCC_VERSION);
  struct stat st;
  if (stat(d->asyncc, &st) == 0)
    printf("%s: %lld bytes, modified %lld.%09ld\n", d->asyncc, (long long)st.st_size,
           (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
  char *v[] = {(char *)d->asyncc, "--version", NULL};
  int rc = run(v, -1);
  strvec c = {0};
  sv_append(&c, &d->cc);
  sv_push(&c, "--version");
  int rc2 = run_vec(&c, -1);
  return rc ? rc : rc2;
}

static int drive(driver *d, int argc, char **argv) {
  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "--asyncc-version") == 0)
      return print_versions(d);
  cmdline *cl = &d->cl;
  strvec args = {0};
  expand_response_files(argc, argv, &args);
  int bad = parse_cmdline(args.v, args.n, cl);
  sv_free(&args);
  if (bad)
    return 1;
  run_init(cl->verbose);

  /* cc answers questions (--version, -print-*...) and complains about a
   * missing input itself. */
  if (cl->query || cl->ninputs == 0)
    return exec_cc(d, argc, argv, NULL);
  /* -M, -MM, -E -dM: cc's preprocessor, seeing what asyncc would add. */
  if (cl->deps_only || cl->dump_macros) {
    strvec extra = {0};
    sv_push(&extra, "-D__ASYNCC__=1");
    if (*d->include) {
      sv_push(&extra, "-isystem");
      sv_push(&extra, d->include);
    }
    sv_push(&extra, "-include");
    sv_push(&extra, "asyncc.h");
    int rc = exec_cc(d, argc, argv, &extra);
    sv_free(&extra);
    return rc;
  }
  if (cl->nc == 0) {
    strvec extra = {0};
    if (cl->mode == MODE_LINK)
      add_runtime(d, &extra);
    int rc = exec_cc(d, argc, argv, &extra);
    sv_free(&extra);
    return rc;
  }
  if (cl->output && cl->mode != MODE_LINK && cl->ncompilable > 1) {
    fprintf(stderr, "asyncc-cc: error: cannot specify '-o' with '-c', '-S' or '-E' with multiple files\n");
    return 1;
  }
  if (cl->mode == MODE_PREPROCESS)
    return do_preprocess(d);
  return do_compile(d);
}

int main(int argc, char **argv) {
  /* ASYNCC_CC naming this driver (CC=asyncc-cc ASYNCC_CC=$CC) would start
   * drivers without end. */
  if (getenv("ASYNCC_CC_ACTIVE")) {
    fprintf(stderr, "asyncc-cc: error: ASYNCC_CC runs asyncc-cc again; it must name the real compiler\n");
    return 1;
  }
  setenv("ASYNCC_CC_ACTIVE", "1", 1);
  driver d;
  memset(&d, 0, sizeof d);
  const char *cc = getenv("ASYNCC_CC");
  split_words(cc && *cc ? cc : "cc", &d.cc);
  if (d.cc.n == 0)
    sv_push(&d.cc, "cc");
  locate(&d);
  int rc = drive(&d, argc, argv);
  tmpdir_remove();
  run_check_signal();
  free_cmdline(&d.cl);
  sv_free(&d.cc);
  pool_release();
  return rc;
}
