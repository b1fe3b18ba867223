/* options.c - classifies a cc command line (see options.h). */
#define _GNU_SOURCE
#include "options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

enum {
  SEP = 1,     /* "-I" alone takes the next argument */
  JOINED = 2,  /* "-Idir": the name is a prefix */
  EXACT = 4,   /* the whole argument, no value */
  QUERY = 8,   /* cc answers and exits: the driver execs it */
  NORT = 16,   /* no runtime when linking */
  VERBOSE = 32,
  DEPONLY = 64,   /* -M, -MM */
  DUMPMAC = 128,  /* -dM */
  TARGET = 256,   /* -MT, -MQ */
};

typedef struct {
  const char *name;
  unsigned flags;
  item_kind kind;
} opt;

/* First match wins: longer names before their prefixes. */
static const opt table[] = {
    /* preprocessing only */
    {"-include-pch", SEP, K_PRE},
    {"-include", SEP | JOINED, K_PRE},
    {"-imacros", SEP | JOINED, K_PRE},
    {"-isystem", SEP | JOINED, K_PRE},
    {"-iquote", SEP | JOINED, K_PRE},
    {"-idirafter", SEP | JOINED, K_PRE},
    {"-iprefix", SEP | JOINED, K_PRE},
    {"-iwithprefixbefore", SEP | JOINED, K_PRE},
    {"-iwithprefix", SEP | JOINED, K_PRE},
    {"-isysroot", SEP | JOINED, K_PRE},
    {"-imultilib", SEP | JOINED, K_PRE},
    {"-imultiarch", SEP, K_PRE},
    {"-Xpreprocessor", SEP, K_PRE},
    {"-Wp,", JOINED, K_PRE},
    {"-I", SEP | JOINED, K_PRE},
    {"-D", SEP | JOINED, K_PRE},
    {"-U", SEP | JOINED, K_PRE},
    {"-A", SEP | JOINED, K_PRE},
    {"-nostdinc", EXACT, K_PRE},
    {"-nostdinc++", EXACT, K_PRE},
    {"-undef", EXACT, K_PRE},
    {"-C", EXACT, K_PRE},
    {"-CC", EXACT, K_PRE},
    {"-P", EXACT, K_PRE},
    {"-H", EXACT, K_PRE},
    {"-trigraphs", EXACT, K_PRE},
    {"-traditional-cpp", EXACT, K_PRE},
    {"-remap", EXACT, K_PRE},
    {"-dD", EXACT, K_PRE},
    {"-dN", EXACT, K_PRE},
    {"-dI", EXACT, K_PRE},
    {"-dU", EXACT, K_PRE},
    {"-dM", EXACT | DUMPMAC, K_PRE},
    {"-fdirectives-only", EXACT, K_PRE},
    {"-fworking-directory", EXACT, K_PRE},
    {"-fno-working-directory", EXACT, K_PRE},
    /* dependency files */
    {"-M", EXACT | DEPONLY, K_DEP},
    {"-MM", EXACT | DEPONLY, K_DEP},
    {"-MD", EXACT, K_DEP},
    {"-MMD", EXACT, K_DEP},
    {"-MP", EXACT, K_DEP},
    {"-MG", EXACT, K_DEP},
    {"-MF", SEP | JOINED, K_DEP},
    {"-MT", SEP | JOINED | TARGET, K_DEP},
    {"-MQ", SEP | JOINED | TARGET, K_DEP},
    /* what to produce */
    {"-c", EXACT, K_MODE},
    {"-S", EXACT, K_MODE},
    {"-E", EXACT, K_MODE},
    {"-fsyntax-only", EXACT, K_MODE},
    {"-o", SEP | JOINED, K_OUT},
    {"-x", SEP | JOINED, K_LANG},
    /* answered by cc itself */
    {"--version", EXACT | QUERY, K_BOTH},
    {"--help", EXACT | QUERY, K_BOTH},
    {"--help=", JOINED | QUERY, K_BOTH},
    {"--target-help", EXACT | QUERY, K_BOTH},
    {"-dumpversion", EXACT | QUERY, K_BOTH},
    {"-dumpfullversion", EXACT | QUERY, K_BOTH},
    {"-dumpmachine", EXACT | QUERY, K_BOTH},
    {"-dumpspecs", EXACT | QUERY, K_BOTH},
    {"-print-", JOINED | QUERY, K_BOTH},
    {"--print-", JOINED | QUERY, K_BOTH},
    /* compiling only */
    {"-Xassembler", SEP, K_CC},
    {"-Wa,", JOINED, K_CC},
    {"--param", SEP, K_CC},
    {"--param=", JOINED, K_CC},
    {"-aux-info", SEP, K_CC},
    {"-dumpbase", SEP, K_CC},
    {"-dumpbase-ext", SEP, K_CC},
    {"-dumpdir", SEP, K_CC},
    {"-save-temps", EXACT, K_CC},
    {"-save-temps=", JOINED, K_CC},
    {"-pipe", EXACT, K_CC},
    {"-###", EXACT, K_CC},
    {"-fpreprocessed", EXACT, K_CC},
    /* linking only */
    {"-Xlinker", SEP, K_LINK},
    {"-Wl,", JOINED, K_LINK},
    {"-L", SEP | JOINED, K_LINK},
    {"-l", SEP | JOINED, K_LINK},
    {"-T", SEP | JOINED, K_LINK},
    {"-u", SEP | JOINED, K_LINK},
    {"-z", SEP | JOINED, K_LINK},
    {"-e", SEP, K_LINK},
    {"--entry=", JOINED, K_LINK},
    {"-shared", EXACT, K_LINK},
    {"-shared-libgcc", EXACT, K_LINK},
    {"-static", EXACT, K_LINK},
    {"-static-", JOINED, K_LINK},
    {"-pie", EXACT, K_LINK},
    {"-no-pie", EXACT, K_LINK},
    {"-rdynamic", EXACT, K_LINK},
    {"-s", EXACT, K_LINK},
    {"-r", EXACT | NORT, K_LINK},
    {"-nostdlib", EXACT | NORT, K_LINK},
    {"-nodefaultlibs", EXACT | NORT, K_LINK},
    {"-nostartfiles", EXACT, K_LINK},
    {"-nolibc", EXACT, K_LINK},
    {"-fuse-ld=", JOINED, K_LINK},
    {"--ld-path=", JOINED, K_LINK},
    {"-rtlib=", JOINED, K_LINK},
    {"--rtlib=", JOINED, K_LINK},
    {"-unwindlib=", JOINED, K_LINK},
    {"--unwindlib=", JOINED, K_LINK},
    /* both, with a separate value */
    {"-v", EXACT | VERBOSE, K_BOTH},
    {"-B", SEP | JOINED, K_BOTH},
    {"--sysroot", SEP, K_BOTH},
    {"-target", SEP, K_BOTH},
    {"-Xclang", SEP, K_BOTH},
    {"-mllvm", SEP, K_BOTH},
    {"-arch", SEP, K_BOTH},
    {"-gcc-toolchain", SEP, K_BOTH},
};

/* Options asyncc itself reads with a separate value (src/main.c): their
 * values reach the preprocessor as they are. */
static int asyncc_takes_value(const char *name) {
  static const char *const names[] = {"-include", "-imacros", "-isystem", "-iquote", "-idirafter",
                                      "-iprefix", "-iwithprefix", "-iwithprefixbefore",
                                      "-isysroot", "-imultilib", "-Xpreprocessor", "-A",
                                      "--sysroot", "-I", "-D", "-U", "-MT", "-MQ", "-MF"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strcmp(name, names[i]) == 0)
      return 1;
  return 0;
}

static int has_blank(const char *s) {
  return strpbrk(s, " \t\n") != NULL;
}

static const opt *lookup(const char *a, int *separate) {
  for (size_t i = 0; i < sizeof table / sizeof *table; i++) {
    const opt *o = &table[i];
    size_t n = strlen(o->name);
    if ((o->flags & (SEP | EXACT)) && strcmp(a, o->name) == 0) {
      *separate = (o->flags & SEP) != 0;
      return o;
    }
    if ((o->flags & JOINED) && strncmp(a, o->name, n) == 0 && a[n]) {
      *separate = 0;
      return o;
    }
  }
  *separate = 0;
  return NULL;
}

/* Which way a preprocessor-bound option goes through asyncc. */
static cpp_route route_of(const item *it) {
  const char *a = it->arg[0];
  if (it->kind != K_PRE && it->kind != K_BOTH)
    return ROUTE_NONE;
  /* (-E -dM runs cc directly; without -E, -dM is a compiler dump option
   * that would turn asyncc's input into a list of macros.) */
  if (strcmp(a, "-fpreprocessed") == 0 || strcmp(a, "-include-pch") == 0 || strcmp(a, "-dM") == 0)
    return ROUTE_NONE;
  int long_opt = strncmp(a, "--", 2) == 0 && strcmp(a, "--sysroot") != 0 &&
                 strncmp(a, "--sysroot=", 10) != 0;
  int odd_value = it->nargs == 2 && it->arg[1][0] != '-' && !asyncc_takes_value(a);
  if (!long_opt && !odd_value)
    return ROUTE_ARGV;
  /* The --cpp= command is split on blanks. */
  if (has_blank(a) || (it->nargs == 2 && has_blank(it->arg[1]))) {
    fprintf(stderr, "asyncc-cc: warning: '%s%s%s' contains blanks: not passed to the preprocessor\n", a,
            it->nargs == 2 ? " " : "", it->nargs == 2 ? it->arg[1] : "");
    return ROUTE_NONE;
  }
  return ROUTE_CMD;
}

static int in_list(const char *s, const char *const *list) {
  for (; *list; list++)
    if (strcmp(s, *list) == 0)
      return 1;
  return 0;
}

/* Languages (by -x name or by extension) that cc preprocesses: their
 * inputs need the preprocessor options. */
static const char *const cpp_langs[] = {"assembler-with-cpp", "c-header", "c++", "c++-header",
                                        "objective-c", "objective-c++", "objective-c-header",
                                        "objective-c++-header", "f77-cpp-input", "f95-cpp-input",
                                        "cuda", "cl", NULL};
static const char *const no_cpp_langs[] = {"none", "c", "cpp-output", "c-cpp-output", "assembler",
                                           "c++-cpp-output", "objc-cpp-output", NULL};
static const char *const cpp_exts[] = {"S", "sx", "h", "cc", "cp", "cxx", "cpp", "CPP", "c++", "C",
                                       "hh", "hpp", "hxx", "H", "m", "mm", "M", "F", "fpp", "FPP",
                                       "F90", "F95", "F03", "F08", "cu", NULL};
static const char *const other_source_exts[] = {"i", "ii", "s", "mi", "mii", "f", "for", "f90",
                                                "f95", "f03", "f08", NULL};

static void classify_input(item *it, cc_mode mode) {
  const char *path = it->arg[0];
  const char *lang = it->lang;
  if (lang) {
    it->is_c = strcmp(lang, "c") == 0;
    it->needs_cpp = !it->is_c && (in_list(lang, cpp_langs) || !in_list(lang, no_cpp_langs));
    it->compilable = 1;
    return;
  }
  if (strcmp(path, "-") == 0) {
    /* cc reads C from standard input only with -E (or -x). */
    it->is_c = it->compilable = mode == MODE_PREPROCESS;
    return;
  }
  const char *ext = file_ext(path);
  it->is_c = strcmp(ext, "c") == 0;
  it->needs_cpp = in_list(ext, cpp_exts);
  it->compilable = it->is_c || it->needs_cpp || in_list(ext, other_source_exts);
}

int parse_cmdline(char **args, size_t nargs, cmdline *cl) {
  memset(cl, 0, sizeof *cl);
  cl->items = calloc(nargs ? nargs : 1, sizeof *cl->items);
  if (!cl->items) {
    fputs("asyncc-cc: error: out of memory\n", stderr);
    return 1;
  }
  const char *lang = NULL;
  int c = 0, S = 0, E = 0, syntax = 0, dM = 0;
  for (size_t i = 0; i < nargs; i++) {
    char *a = args[i];
    item *it = &cl->items[cl->nitems++];
    it->arg[0] = a;
    it->nargs = 1;
    if (a[0] != '-' || strcmp(a, "-") == 0) {
      it->kind = K_INPUT;
      it->lang = lang;
      continue;
    }
    int separate;
    const opt *o = lookup(a, &separate);
    it->kind = o ? o->kind : K_BOTH;
    if (separate) {
      if (i + 1 >= nargs) {
        fprintf(stderr, "asyncc-cc: error: missing argument to '%s'\n", a);
        return 1;
      }
      it->arg[1] = args[++i];
      it->nargs = 2;
    }
    const char *value = separate ? it->arg[1] : o ? a + strlen(o->name) : NULL;
    unsigned flags = o ? o->flags : 0;
    if (flags & QUERY)
      cl->query = 1;
    if (flags & NORT)
      cl->no_runtime = 1;
    if (flags & VERBOSE)
      cl->verbose = 1;
    if (flags & DEPONLY)
      cl->deps_only = 1;
    if (flags & DUMPMAC)
      dM = 1;
    if (flags & TARGET)
      cl->dep_target = 1;
    switch (it->kind) {
    case K_OUT:
      cl->output = value;
      break;
    case K_LANG:
      lang = strcmp(value, "none") == 0 ? NULL : value;
      break;
    case K_MODE:
      c |= strcmp(a, "-c") == 0;
      S |= strcmp(a, "-S") == 0;
      E |= strcmp(a, "-E") == 0;
      syntax |= strcmp(a, "-fsyntax-only") == 0;
      break;
    case K_DEP:
      cl->md |= strcmp(a, "-MD") == 0;
      cl->mmd |= strcmp(a, "-MMD") == 0;
      if (strncmp(a, "-MF", 3) == 0)
        cl->mf = value;
      break;
    default:
      break;
    }
  }
  cl->mode = E ? MODE_PREPROCESS : syntax ? MODE_SYNTAX : S ? MODE_ASM : c ? MODE_OBJ : MODE_LINK;
  cl->dump_macros = E && dM;
  for (size_t i = 0; i < cl->nitems; i++) {
    item *it = &cl->items[i];
    if (it->kind == K_INPUT) {
      it->route = ROUTE_NONE;
      classify_input(it, cl->mode);
      cl->ninputs++;
      cl->nc += it->is_c;
      cl->ncompilable += it->compilable;
      cl->nneeds_cpp += it->needs_cpp;
    } else {
      it->route = route_of(it);
    }
  }
  return 0;
}

void free_cmdline(cmdline *cl) {
  free(cl->items);
  cl->items = NULL;
}
