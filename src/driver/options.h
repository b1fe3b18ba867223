/* options.h - the driver's reading of a cc command line.
 *
 * Every argument becomes an item: an input file or an option (with its
 * separate value, if any) of one kind, which says which of the driver's
 * children get it: the translator's preprocessing run, the compiler, or
 * both. The order of the command line is kept. */
#ifndef ASYNCC_CC_OPTIONS_H
#define ASYNCC_CC_OPTIONS_H

#include <stddef.h>

typedef enum {
  K_INPUT, /* a file (or - for standard input) */
  K_PRE,   /* preprocessing only: -I, -D, -include, -Wp,... */
  K_BOTH,  /* preprocessing and compiling: -std=, -O, -f..., -m..., -W... */
  K_CC,    /* compiling only: -Wa,..., --param, -save-temps */
  K_LINK,  /* linking only: -l, -L, -Wl,..., -shared, -static */
  K_DEP,   /* -MD -MMD -MF -MT -MQ -MP -MG: the translator writes depfiles */
  K_MODE,  /* -c -S -E -fsyntax-only */
  K_OUT,   /* -o */
  K_LANG,  /* -x */
} item_kind;

typedef enum { MODE_LINK, MODE_OBJ, MODE_ASM, MODE_SYNTAX, MODE_PREPROCESS } cc_mode;

/* How a cpp-bound option reaches the preprocessor through asyncc. */
typedef enum {
  ROUTE_ARGV, /* as asyncc arguments (asyncc passes on what it does not own) */
  ROUTE_CMD,  /* in the --cpp= command: asyncc would misread it (--long
                 options, a separate value asyncc takes for an input) */
  ROUTE_NONE, /* not for the preprocessor */
} cpp_route;

typedef struct {
  item_kind kind;
  char *arg[2]; /* the option and its separate value; an input's path */
  int nargs;
  cpp_route route;
  /* Inputs: */
  const char *lang; /* the -x language in effect, or NULL */
  int is_c;         /* a C source: translated */
  int needs_cpp;    /* another language that is preprocessed (.S, C++) */
  int compilable;   /* not a linker input */
  char *translated; /* path of the translation in the temporary directory */
  char *object;     /* -c/-S output, or a temporary object */
  char *dep_tmp;    /* the depfile as asyncc writes it (temporary directory) */
  const char *dep_final; /* where it goes once the translation succeeded */
  int status;       /* translation status */
} item;

typedef struct {
  item *items;
  size_t nitems;
  cc_mode mode;
  const char *output; /* -o, or NULL */
  int md, mmd;        /* -MD, -MMD */
  const char *mf;     /* -MF */
  int dep_target;     /* -MT or -MQ given */
  int deps_only;      /* -M or -MM: cc prints dependencies only */
  int dump_macros;    /* -E -dM (-dM alone is a compiler dump option) */
  int verbose;        /* -v */
  int query;          /* --version, -dumpversion, -print-*, ...: cc answers */
  int no_runtime;     /* -nostdlib, -nodefaultlibs, -r */
  size_t nc, ncompilable, nneeds_cpp, ninputs;
} cmdline;

/* Reads args (response files already expanded). Returns 0, or 1 after
 * printing a usage error. */
int parse_cmdline(char **args, size_t nargs, cmdline *cl);
void free_cmdline(cmdline *cl);

#endif
