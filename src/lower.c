/* lower.c - async functions into state machines.
 *
 * Strategy (docs/design.md has the whole picture):
 * - Every parameter and local of an async function lives in its frame, a
 *   struct whose first member is the runtime's ac_frame and second the
 *   return value. Locals get unique member names (shadowing), and the body
 *   is printed with each reference replaced by `ac__F->member`, declarations
 *   turned into assignments. Since nothing lives in C locals, the body keeps
 *   the user's own control flow: loops, switch, goto all stay as written.
 * - Each await becomes a resume point: the statement holding it is preceded
 *   by the await's own code (create the callee's frame, set the state,
 *   return it to the trampoline, resume at label ac__resume_N, fetch the
 *   result into a temporary), and the await expression is replaced by that
 *   temporary. Awaits run in source order, inner ones first; operators that
 *   sequence (&&, ||, the comma) are split into statements so that their
 *   right operands' awaits only run when C would evaluate them.
 * - The step function dispatches with `switch (state)` to plain labels:
 *   case labels at the awaits would bind to a user's switch around them.
 *   State numbering: 0 is the start, resume points count from 1 in source
 *   order, and no number is reused within a function.
 * - The step function is a static function named like the user's function
 *   (gdb's bt and __func__ show the real name; a plain-C caller of `f`
 *   cannot link to a static symbol); the frame constructor callers use is
 *   `f__acnew`, with the linkage of the user's declaration. */
#define _GNU_SOURCE
#include "lower.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "print.h"

/* ---- the unit's async functions ---- */

/* What a name with an async function type is. */
enum { FN_FUNCTION, FN_POINTER, FN_MEMBER, FN_TYPEDEF, FN_RETURNS /* a plain function returning such pointers */ };

/* An async function, or a name whose type involves pointers to async
 * functions (a variable, parameter, struct member or typedef): its
 * signature is specs + declarator, fdecl the async function type in it. */
typedef struct async_fn {
  sym *name;
  node *name_node;                  /* the declarator's D_NAME */
  node *specs, *declarator, *fdecl;
  const char *leaf;                 /* runtime leaf wait implementing it, or NULL */
  int is_void;
  int kind;                         /* FN_* */
  int lowered;                      /* its frame struct is already written */
} async_fn;

typedef struct {
  const parser *P;
  diag *d;
  arena *A;
  async_fn *fns;
  int nfns, cap;
  int errors;
  srcmap sites;          /* locates await sites for the site tables */
  const char **infos;    /* the unit's ac_fninfo objects, by name */
  int ninfos, infos_cap;
  /* Names at file scope, "tag:q" or "id:T", including those of types
   * hoisted out of async functions (which must not clash with them). */
  const char **scope_names;
  int nscope_names, scope_names_cap;
  int scope_names_ready; /* the unit's own are in (collected when first needed) */
  node *tu;
} lowerer;

static int has_spec(const node *specs, int token) {
  for (const node *s = ast_first(specs); s; s = s->next)
    if (s->kind == AST_SPEC && s->op == token)
      return 1;
  return 0;
}

static int has_attr(const node *list, const char *word) {
  for (const node *s = ast_first(list); s; s = s->next)
    if (s->kind == AST_ATTR && memmem(s->text, s->len, word, strlen(word)))
      return 1;
  return 0;
}

/* An expression without the parentheses written around it. */
static node *unparen(const node *e) {
  while (e && e->kind == AST_PAREN)
    e = e->a;
  return (node *)e;
}

/* A declarator without the parentheses written around it. */
static node *undparen(const node *d) {
  while (d && d->kind == AST_D_PAREN)
    d = d->b;
  return (node *)d;
}

static async_fn *find_kind(lowerer *L, const sym *name, int kind) {
  for (int i = L->nfns - 1; i >= 0; i--)
    if (L->fns[i].name == name && L->fns[i].kind == kind)
      return &L->fns[i];
  return NULL;
}

/* An async function (not a pointer) called `name`. */
static async_fn *find_fn(lowerer *L, const sym *name) { return find_kind(L, name, FN_FUNCTION); }

static async_fn *find_by_name_node(lowerer *L, const node *nm) {
  for (int i = L->nfns - 1; i >= 0; i--)
    if (L->fns[i].name_node == nm)
      return &L->fns[i];
  return NULL;
}

static async_fn *new_fn(lowerer *L) {
  if (L->nfns == L->cap) {
    L->cap = L->cap ? L->cap * 2 : 16;
    L->fns = xrealloc(L->fns, (size_t)L->cap * sizeof *L->fns);
  }
  async_fn *f = &L->fns[L->nfns++];
  memset(f, 0, sizeof *f);
  return f;
}

static void error_at(lowerer *L, const node *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void error_at(lowerer *L, const node *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_vat(L->d, DIAG_ERROR, n->loc.begin, fmt, ap);
  va_end(ap);
  L->errors++;
}

static const char *scope_key(lowerer *L, int tag, const char *text, uint32_t len) {
  char *k = arena_alloc(L->A, len + 5);
  memcpy(k, tag ? "tag:" : "id:", tag ? 4 : 3);
  memcpy(k + (tag ? 4 : 3), text, len);
  k[len + (tag ? 4 : 3)] = 0;
  return k;
}

static int has_scope_name(const lowerer *L, const char *key) {
  for (int i = 0; i < L->nscope_names; i++)
    if (strcmp(L->scope_names[i], key) == 0)
      return 1;
  return 0;
}

static void add_scope_name(lowerer *L, const char *key) {
  if (L->nscope_names == L->scope_names_cap) {
    L->scope_names_cap = L->scope_names_cap ? L->scope_names_cap * 2 : 256;
    L->scope_names = xrealloc(L->scope_names, (size_t)L->scope_names_cap * sizeof *L->scope_names);
  }
  L->scope_names[L->nscope_names++] = key;
}

typedef struct {
  lowerer *L;
  int check; /* a hoisted declaration: a name already taken is an error */
  int clash;
} take_ctx;

static void take_name(take_ctx *c, const node *at, int tag, const char *text, uint32_t len) {
  const char *key = scope_key(c->L, tag, text, len);
  if (c->check && has_scope_name(c->L, key)) {
    error_at(c->L, at, "%s '%.*s' declared in an async function moves to file scope, where the name is "
                       "already taken: rename it",
             tag ? "tag" : "name", (int)len, text);
    c->clash = 1;
    return;
  }
  add_scope_name(c->L, key);
}

/* ast_find visitor: the tags a declaration's specifiers define (nested
 * struct definitions too: their tags have file scope) and its enumerators. */
static int take_names_visit(node *n, void *ctx) {
  if ((n->kind == AST_STRUCT || n->kind == AST_ENUM) && (n->flags & DF_BODY) && n->text)
    take_name(ctx, n, 1, n->text, n->len);
  else if (n->kind == AST_ENUMERATOR)
    take_name(ctx, n, 0, n->text, n->len);
  return 0;
}

/* Adds the names a declaration takes at file scope: its tags and
 * enumerators, and the names it declares (of a hoisted declaration, only a
 * typedef's: its objects stay in the frame). Returns 0 when check is set
 * and a name was taken already. */
static int take_names(lowerer *L, node *decl, int check) {
  take_ctx c = {L, check, 0};
  ast_find(decl->a, take_names_visit, &c);
  if (decl->kind == AST_FUNC_DEF) {
    node *nm = ast_declarator_name(decl->b);
    if (nm)
      take_name(&c, nm, 0, nm->text, nm->len);
  } else if (!check || (decl->flags & DF_TYPEDEF)) {
    for (node *id = ast_first(decl->b); id; id = id->next) {
      node *nm = ast_declarator_name(id->a);
      if (nm)
        take_name(&c, nm, 0, nm->text, nm->len);
    }
  }
  return !c.clash;
}

/* A local declaration hoisted to file scope takes its names there; 0 and
 * a diagnostic when one is taken: by a declaration of the unit or another
 * hoisted type (the renaming that would keep both is not done). The
 * unit's names are collected at the first such declaration: most units
 * hoist none. */
static int claim_file_scope_names(lowerer *L, node *decl) {
  if (!L->scope_names_ready) {
    for (node *e = ast_first(L->tu->a); e; e = e->next)
      if (e->kind == AST_DECL || e->kind == AST_FUNC_DEF)
        take_names(L, e, 0);
    L->scope_names_ready = 1;
  }
  return take_names(L, decl, 1);
}

/* Records the async function a declaration or definition declares. */
static void add_fn(lowerer *L, node *specs, node *declarator, node *suffix) {
  node *fd = ast_function_declarator(declarator);
  node *name = ast_declarator_name(declarator);
  if (!fd || !name) {
    const node *at = declarator;
    for (const node *sp = ast_first(specs); sp; sp = sp->next)
      if (sp->kind == AST_SPEC && sp->op == ASYNC)
        at = sp;
    error_at(L, at, "'async' on something that is not a function");
    return;
  }
  for (node *p = ast_first(fd->b); p; p = p->next)
    if (p->kind == AST_ELLIPSIS)
      error_at(L, p, "async function '%s' cannot be variadic (a va_list cannot survive a suspension)",
               name->text);
  if (find_fn(L, name->sym))
    return;
  async_fn *f = new_fn(L);
  f->kind = FN_FUNCTION;
  f->name_node = name;
  f->name = name->sym;
  f->specs = specs;
  f->declarator = declarator;
  f->fdecl = fd;
  /* The return type is void when the declarator is just the function and
   * the specifiers say void. */
  f->is_void = undparen(declarator) == fd && has_spec(specs, VOID);
  if (has_attr(specs, "__asyncc_leaf__") || has_attr(suffix, "__asyncc_leaf__")) {
    /* Runtime leaf waits: ac_yield is implemented by ac__yield. */
    const char *n = name->text;
    char *leaf = arena_alloc(L->A, strlen(n) + 2);
    sprintf(leaf, "ac__%s", strncmp(n, "ac_", 3) == 0 ? n + 3 : n);
    f->leaf = leaf;
  }
}

/* The async function type in a pointer declarator: the first function
 * part below the top (`(*op)(int)` in `int (*op)(int)`; the pointers above
 * it belong to the return type). */
static node *first_function_part(node *d) {
  while (d && (d->kind == AST_D_PTR || d->kind == AST_D_PAREN))
    d = d->b;
  return d && d->kind == AST_D_FUNC ? d : NULL;
}

static int is_type_specifier(const node *s) {
  if (s->kind == AST_TYPEDEF_NAME || s->kind == AST_STRUCT || s->kind == AST_ENUM ||
      s->kind == AST_TYPEOF || s->kind == AST_ATOMIC_TYPE)
    return 1;
  if (s->kind != AST_SPEC)
    return 0;
  switch (s->op) {
  case VOID: case CHAR: case SHORT: case INT: case LONG: case FLOAT: case DOUBLE: case SIGNED:
  case UNSIGNED: case BOOL: case COMPLEX: case IMAGINARY: case INT128: case FLOAT_EXT:
  case AUTO_TYPE: case ASYNC:
    return 1;
  default:
    return 0;
  }
}

/* The async typedef a specifier list names, if any. */
static async_fn *typedef_in(lowerer *L, const node *specs) {
  for (const node *sp = ast_first(specs); sp; sp = sp->next)
    if (sp->kind == AST_TYPEDEF_NAME && sp->sym)
      return find_kind(L, sp->sym, FN_TYPEDEF);
  return NULL;
}

/* `async T (*p)(P)` in C is `ac_frame *(*p)(P)`: the pointer holds the
 * frame constructor of the function. Rewrites the specifiers (returned as
 * a new list) and the declarator in place of *declarator. */
static node *desugar_specs(lowerer *L, node *specs) {
  node *out = ast_list(L->A, specs->loc, NULL);
  for (node *sp = ast_first(specs); sp; sp = sp->next) {
    if (is_type_specifier(sp))
      continue;
    node *copy = ast_node(L->A, (ast_kind)sp->kind, sp->loc, sp->a, sp->b, sp->c, sp->d);
    copy->op = sp->op;
    copy->text = sp->text;
    copy->len = sp->len;
    copy->sym = sp->sym;
    copy->flags = sp->flags;
    ast_append(out, copy);
  }
  tokval t = {"ac_frame", 8, NULL};
  ast_append(out, ast_text(L->A, AST_TYPEDEF_NAME, specs->loc, t, NULL, NULL));
  return out;
}

/* Registers the names of one declaration whose specifiers say async (or
 * name an async typedef) and, unless it declares async functions, rewrites
 * its types. Returns 1 when something was rewritten. */
static node *name_derivation(node *d);

static int register_decl(lowerer *L, node **specs, node **declarators, int ndecl, int kind,
                         int allow_functions) {
  int is_async = has_spec(*specs, ASYNC);
  /* A copy: new_fn below may move the table the typedef's entry is in. */
  async_fn *found = is_async ? NULL : typedef_in(L, *specs);
  async_fn via_copy;
  if (found)
    via_copy = *found;
  async_fn *via = found ? &via_copy : NULL;
  if (!is_async && !via)
    return 0;
  node *orig_specs = *specs;
  int rewrote = 0;
  for (int i = 0; i < ndecl; i++) {
    node *d = declarators[i];
    node *nm = d ? ast_declarator_name(d) : NULL;
    if (via) {
      /* A name declared with an async typedef: same signature. A function
       * type's typedef (typedef async int afn(void)) declares pointers
       * (afn *p), not functions. */
      if (nm && ast_function_declarator(via->declarator) && name_derivation(d) == nm &&
          !has_spec(orig_specs, TYPEDEF)) {
        error_at(L, nm, "'%s' declared with an async function type: declare async functions with 'async', "
                        "or a pointer",
                 nm->text);
        continue;
      }
      if (nm && nm->sym) {
        async_fn *f = new_fn(L);
        *f = *via;
        f->name = nm->sym;
        f->name_node = nm;
        f->kind = has_spec(orig_specs, TYPEDEF) ? FN_TYPEDEF
                  : ast_function_declarator(d) ? FN_RETURNS
                                               : kind;
      }
      continue;
    }
    if (allow_functions && d && ast_function_declarator(d) && !has_spec(orig_specs, TYPEDEF))
      continue; /* an async function: add_fn has it */
    node *fd = d ? first_function_part(d) : NULL;
    if (!fd) {
      const node *at = d ? d : *specs;
      for (const node *sp = ast_first(orig_specs); sp; sp = sp->next)
        if (sp->kind == AST_SPEC && sp->op == ASYNC)
          at = sp;
      error_at(L, at, "'async' on something that is not a function");
      continue;
    }
    async_fn *f = new_fn(L);
    f->kind = has_spec(orig_specs, TYPEDEF) ? FN_TYPEDEF : kind;
    f->name = nm ? nm->sym : NULL;
    f->name_node = nm;
    f->specs = orig_specs;
    f->declarator = d;
    f->fdecl = fd;
    f->is_void = d == fd && has_spec(orig_specs, VOID);
    declarators[i] = ast_node(L->A, AST_D_PTR, d->loc, NULL, fd, NULL, NULL);
    rewrote = 1;
  }
  if (rewrote)
    *specs = desugar_specs(L, orig_specs);
  return rewrote;
}

/* The declarators of a DECL (in its INIT_DECLs) or MEMBER_DECL (in its
 * MEMBERs), all at member a: registered, and rewritten in place. */
static void register_list(lowerer *L, node *n, int kind, int allow_functions) {
  enum { MAX = 64 }; /* more declarators in one declaration stay as they are */
  node *ds[MAX];
  int nd = 0;
  for (node *it = ast_first(n->b); it && nd < MAX; it = it->next)
    ds[nd++] = it->a;
  if (!register_decl(L, &n->a, ds, nd, kind, allow_functions))
    return;
  nd = 0;
  for (node *it = ast_first(n->b); it && nd < MAX; it = it->next)
    it->a = ds[nd++];
  n->flags |= DF_ASYNC;
}

/* ast_find visitor: registers and rewrites every declaration involving
 * async function types (variables, parameters, members, typedefs). */
static int register_visit(node *n, void *ctx) {
  lowerer *L = ctx;
  if (n->kind == AST_DECL) {
    register_list(L, n, FN_POINTER, 1);
  } else if (n->kind == AST_MEMBER_DECL) {
    register_list(L, n, FN_MEMBER, 0);
  } else if (n->kind == AST_PARAM && n->b) {
    node *d = n->b;
    if (register_decl(L, &n->a, &d, 1, FN_POINTER, 0)) {
      n->b = d;
      n->flags |= DF_ASYNC;
    }
  }
  return 0;
}

/* ast_find visitor: a declaration whose types were rewritten, or an async
 * function used by name: the external declaration must be printed anew. */
static int needs_reprint(node *n, void *ctx) {
  lowerer *L = ctx;
  if ((n->kind == AST_DECL || n->kind == AST_MEMBER_DECL || n->kind == AST_PARAM) &&
      (n->flags & DF_ASYNC))
    return 1;
  return n->kind == AST_IDENT && n->sym && find_fn(L, n->sym);
}

/* ---- one function's lowering ---- */

enum { SLOT_PARAM, SLOT_LOCAL, SLOT_TEMP, SLOT_STATIC, SLOT_LITERAL };

typedef struct {
  const char *member;  /* name in the frame, or of the file-scope static */
  int kind;
  node *specs, *decl;  /* declaration giving the type (locals, params, statics) */
  async_fn *fn;        /* temporaries: the callee whose result they hold */
  const char *type;    /* other temporaries: the type as text */
  node *auto_init;     /* __auto_type locals: the initialiser giving the type */
  const node *literal; /* compound literals: the literal kept in the member */
} slot;

typedef struct {
  sym *name;
  int slot;
} binding_t;

typedef struct {
  lowerer *L;
  async_fn *fn;
  node *def;
  printer *w;         /* where the step function's body goes */
  slot *slots;
  int nslots, slots_cap;
  binding_t *scope;   /* visible locals, innermost last */
  int nscope, scope_cap;
  int nstates;
  uint32_t *state_at; /* source offset of each resume point (index: state) */
  int state_cap;
  /* Awaits already emitted in the current statement: node -> temporary. */
  const node **await_nodes;
  int *await_slots;
  int nawaits, awaits_cap;
  int cont_label;     /* continue target of the loop being printed, 0: none */
  int next_label;
  char *statics;      /* file-scope statics hoisted out of the body */
  size_t statics_len;
  FILE *statics_out;  /* file scope: tag and extern declarations */
  FILE *fstatics_out; /* top of the step function: static locals */
  int cont_used;      /* a continue jumped to the current continue label */
  int uses_child;     /* an await of a call that has a frame of its own */
  node *drop[8];      /* nodes printed as nothing (qualifiers dropped) */
  int ndrop;
  const node *rename_decl; /* declarator name printed as rename_to */
  const char *rename_to;
  /* Types printed at file scope (the frame struct, hoisted typedefs and
   * tags) cannot name locals: there an identifier or await resolved to a
   * slot when its declaration was lowered prints as an unevaluated lvalue
   * of the slot's type, `(*(T (*))0)`. */
  int file_scope;
  const node **res_nodes;
  int *res_slots;
  int nres, res_cap;
  /* In the step function's statements, compound literals live in the
   * frame: a block-scope literal of the step function dies when the
   * statement's block ends or the function returns at an await. */
  int literals_in_frame;
  const node *self;   /* the node subst is printing as itself */
  /* #pragma lines of the body go to file scope too, in order among the
   * hoisted declarations (pack must apply to a hoisted struct as it did
   * in the body): the next one to write there, and whether any was. */
  size_t statics_pragma;
  int statics_used;
} fnlow;

static char *fmt(lowerer *L, const char *f, ...) __attribute__((format(printf, 2, 3)));
static char *fmt(lowerer *L, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  int n = vsnprintf(NULL, 0, f, ap);
  va_end(ap);
  char *s = arena_alloc(L->A, (size_t)n + 1);
  va_start(ap, f);
  vsnprintf(s, (size_t)n + 1, f, ap);
  va_end(ap);
  return s;
}

static int add_slot(fnlow *F, slot s) {
  if (F->nslots == F->slots_cap) {
    F->slots_cap = F->slots_cap ? F->slots_cap * 2 : 32;
    F->slots = xrealloc(F->slots, (size_t)F->slots_cap * sizeof *F->slots);
  }
  F->slots[F->nslots] = s;
  return F->nslots++;
}

/* A member name for a local called `name`, unique in the frame. */
static int member_exists(const fnlow *F, const char *m) {
  for (int i = 0; i < F->nslots; i++)
    if (strcmp(F->slots[i].member, m) == 0)
      return 1;
  return 0;
}

static const char *member_name(fnlow *F, const char *name) {
  const char *m = name;
  for (int k = 2; member_exists(F, m); k++)
    m = fmt(F->L, "%s__%d", name, k);
  return m;
}

static void bind(fnlow *F, sym *name, int index) {
  if (F->nscope == F->scope_cap) {
    F->scope_cap = F->scope_cap ? F->scope_cap * 2 : 64;
    F->scope = xrealloc(F->scope, (size_t)F->scope_cap * sizeof *F->scope);
  }
  F->scope[F->nscope++] = (binding_t){name, index};
}

static int lookup(fnlow *F, const sym *name) {
  for (int i = F->nscope - 1; i >= 0; i--)
    if (F->scope[i].name == name)
      return F->scope[i].slot;
  return -1;
}

static void print_slot_type(fnlow *F, printer *w, int s, const char *name);

/* The slot an identifier or await was resolved to when its declaration was
 * lowered, or -1. */
static int resolved(const fnlow *F, const node *n) {
  for (int i = F->nres - 1; i >= 0; i--)
    if (F->res_nodes[i] == n)
      return F->res_slots[i];
  return -1;
}

static void add_resolved(fnlow *F, const node *n, int s) {
  if (F->nres == F->res_cap) {
    F->res_cap = F->res_cap ? F->res_cap * 2 : 32;
    F->res_nodes = xrealloc(F->res_nodes, (size_t)F->res_cap * sizeof *F->res_nodes);
    F->res_slots = xrealloc(F->res_slots, (size_t)F->res_cap * sizeof *F->res_slots);
  }
  F->res_nodes[F->nres] = n;
  F->res_slots[F->nres++] = s;
}

static int await_slot(const fnlow *F, const node *aw) {
  for (int i = 0; i < F->nawaits; i++)
    if (F->await_nodes[i] == aw)
      return F->await_slots[i];
  return -1;
}

/* ast_find visitor: records what locals and awaits below a node are now. */
static int resolve_visit(node *n, void *ctx) {
  fnlow *F = ctx;
  int s = n->kind == AST_IDENT && n->sym ? lookup(F, n->sym) : n->kind == AST_AWAIT ? await_slot(F, n) : -1;
  if (s >= 0)
    add_resolved(F, n, s);
  return 0;
}

static void resolve_names(fnlow *F, node *n) {
  if (n)
    ast_find(n, resolve_visit, F);
}

/* A compound literal of the step function's statements, as an lvalue of
 * its frame member: (*(T *)memcpy(&member, &(literal), sizeof member)). */
static void print_literal_in_frame(fnlow *F, printer *w, const node *lit);

/* The printer's substitution: locals become frame members, emitted awaits
 * their temporaries, renamed declarator names their member names. */
static const char *subst(void *ctx, printer *w, const node *n) {
  fnlow *F = ctx;
  if (n == F->self)
    return NULL;
  int s;
  switch (n->kind) {
  case AST_IDENT: {
    s = F->file_scope ? resolved(F, n) : n->sym ? lookup(F, n->sym) : -1;
    if (s < 0) {
      /* What hoist() left of an operator whose awaits it ran (its text
       * names the frame): only its type can matter at file scope, and
       * that is int (&&, ||, a condition) or nothing (left of a comma). */
      if (F->file_scope && !n->sym && n->len > 7 && memcmp(n->text, "ac__F->", 7) == 0)
        return "0";
      /* An async function used as a value is its frame constructor. */
      async_fn *fn = n->sym && !(n->flags & DF_LOCAL_NAME) ? find_fn(F->L, n->sym) : NULL;
      return fn && !fn->leaf ? fmt(F->L, "%s__acnew", fn->name->name) : NULL;
    }
    if (F->file_scope)
      break;
    const slot *sl = &F->slots[s];
    return sl->kind == SLOT_STATIC ? sl->member : fmt(F->L, "ac__F->%s", sl->member);
  }
  case AST_AWAIT:
    s = F->file_scope ? resolved(F, n) : await_slot(F, n);
    if (s < 0)
      return NULL;
    if (F->file_scope)
      break;
    return fmt(F->L, "ac__F->%s", F->slots[s].member);
  case AST_D_NAME:
    return n == F->rename_decl ? F->rename_to : NULL;
  case AST_COMPOUND_LIT:
    if (!F->literals_in_frame || F->file_scope)
      return NULL;
    print_literal_in_frame(F, w, n);
    return "";
  default:
    for (int i = 0; i < F->ndrop; i++)
      if (F->drop[i] == n)
        return "";
    return NULL;
  }
  /* At file scope: an lvalue of the slot's type that is never evaluated. */
  print_str(w, "(*(");
  print_slot_type(F, w, s, "(*)");
  print_str(w, ")0)");
  return "";
}

/* The derivation that applies to the declared name itself: the array or
 * function part whose inner declarator is the name (`names` in
 * `char *names[]` is an array), a pointer, or the name alone. */
static node *name_derivation(node *d) {
  for (d = undparen(d); d; d = undparen(d)) {
    int ptr = d->kind == AST_D_PTR;
    if (!ptr && d->kind != AST_D_ARRAY && d->kind != AST_D_FUNC)
      return d;
    node *in = undparen(ptr ? d->b : d->a);
    if (!in || in->kind == AST_D_NAME)
      return d;
    d = in;
  }
  return d;
}

/* ---- types of frame members ---- */

/* Specifiers as a member's: no storage class, async, inline or typedef;
 * __auto_type as the type of the initialiser (auto_init, printed at file
 * scope by print_slot_type). */
static void print_member_specs(printer *w, const node *specs, int drop_const,
                               node *auto_init) {
  for (const node *s = ast_first(specs); s; s = s->next) {
    if (s->kind == AST_SPEC) {
      switch (s->op) {
      case EXTERN: case STATIC: case THREAD_LOCAL: case AUTO: case REGISTER: case TYPEDEF:
      case ASYNC: case INLINE: case NORETURN:
        continue;
      case CONST:
        if (drop_const)
          continue;
        break;
      case AUTO_TYPE:
        if (auto_init) {
          /* The comma converts as __auto_type does: arrays and
           * functions to pointers, no qualifiers. */
          print_str(w, "__typeof__(((void)0, ");
          print_node(w, auto_init);
          print_str(w, "))");
          continue;
        }
        break;
      default:
        break;
      }
    }
    if (s->kind == AST_ATTR && memmem(s->text, s->len, "cleanup", 7))
      continue; /* checked separately */
    print_node(w, s);
  }
}

/* The declaration `specs decl` with its name printed as `name` (an array
 * parameter as the pointer it is). Top-level const of a plain type goes:
 * the member is assigned once the frame exists (arrays and braces are
 * copied in through frame_addr, which needs no qualifier cast away).
 * Reentrant: the type may name other locals (typeof), which print their
 * own types. */
static void print_declaration_as(fnlow *F, printer *w, const node *specs, node *decl,
                                 const char *name, int is_param, node *auto_init) {
  const node *saved_decl = F->rename_decl;
  const char *saved_to = F->rename_to;
  node *saved_drop[8];
  int saved_ndrop = F->ndrop;
  memcpy(saved_drop, F->drop, sizeof saved_drop);
  node *nm = ast_declarator_name(decl);
  /* What the name itself is: plain, an array, a pointer. */
  node *top = name_derivation(decl);
  int plain = top == nm;
  int array = top && top->kind == AST_D_ARRAY;
  F->rename_decl = nm;
  F->rename_to = name;
  F->ndrop = 0;
  if (top && top->kind == AST_D_PTR)
    for (node *q = ast_first(top->a); q && F->ndrop < 7; q = q->next)
      if (q->kind == AST_SPEC && q->op == CONST)
        F->drop[F->ndrop++] = q;
  if (is_param && array && top->a == nm) {
    /* The array parameter is the pointer it adjusts to; its bound (maybe a
     * parameter: int a[n]) is not part of the type. */
    print_member_specs(w, specs, 0, NULL);
    print_str(w, "*");
    print_str(w, name);
  } else {
    print_member_specs(w, specs, plain, auto_init);
    print_node(w, decl);
  }
  F->rename_decl = saved_decl;
  F->rename_to = saved_to;
  F->ndrop = saved_ndrop;
  memcpy(F->drop, saved_drop, sizeof saved_drop);
}

/* The type of an async function's result, declaring `name`. Qualifiers of
 * a plain result type (async const int f()) go: the member is assigned. */
static void print_result_decl(fnlow *F, printer *w, const async_fn *fn, const char *name) {
  /* The function part of the declarator becomes the member name. */
  const char *saved_to = F->rename_to;
  const node *saved_decl = F->rename_decl;
  print_member_specs(w, fn->specs, undparen(fn->declarator) == fn->fdecl, NULL);
  F->rename_decl = NULL;
  F->rename_to = NULL;
  /* Print the declarator with the D_FUNC replaced by the name. */
  node *fd = fn->fdecl;
  node saved = *fd;
  node *repl = fd;
  repl->kind = AST_D_NAME;
  repl->text = name;
  repl->len = (uint32_t)strlen(name);
  repl->sym = NULL;
  print_node(w, fn->declarator);
  *fd = saved;
  F->rename_to = saved_to;
  F->rename_decl = saved_decl;
}

/* The address of frame member m as a char *: written through without the
 * member's qualifiers in the way (const int a[3] = {...}). */
static const char *frame_addr(fnlow *F, const char *m) {
  return fmt(F->L, "(char *)ac__F + __builtin_offsetof(struct %s__acframe, %s)", F->fn->name->name, m);
}

/* The type of slot s, declaring `name` ("(*)" for a pointer to it). */
static void print_slot_type(fnlow *F, printer *w, int s, const char *name) {
  const slot *sl = &F->slots[s];
  int saved = F->file_scope;
  F->file_scope = 1;
  if (sl->kind == SLOT_TEMP && sl->fn && !sl->type) {
    print_result_decl(F, w, sl->fn, name);
  } else if (sl->kind == SLOT_TEMP) {
    print_str(w, fmt(F->L, "%s %s", sl->type, name));
  } else if (sl->kind == SLOT_LITERAL) {
    print_str(w, "__typeof__(");
    print_node(w, sl->literal->a);
    print_str(w, ")");
    print_str(w, name);
  } else {
    print_declaration_as(F, w, sl->specs, sl->decl, name, sl->kind == SLOT_PARAM, sl->auto_init);
  }
  F->file_scope = saved;
}

/* ---- statements and awaits ---- */

static void lower_stmt(fnlow *F, node *s);
static void hoist(fnlow *F, node *e);

static const char *new_temp_for(fnlow *F, async_fn *fn, const node *await) {
  const char *m = fmt(F->L, "ac__t%d", F->nslots);
  int s = add_slot(F, (slot){.member = m, .kind = SLOT_TEMP, .fn = fn});
  if (F->nawaits == F->awaits_cap) {
    F->awaits_cap = F->awaits_cap ? F->awaits_cap * 2 : 16;
    F->await_nodes = xrealloc(F->await_nodes, (size_t)F->awaits_cap * sizeof *F->await_nodes);
    F->await_slots = xrealloc(F->await_slots, (size_t)F->awaits_cap * sizeof *F->await_slots);
  }
  F->await_nodes[F->nawaits] = await;
  F->await_slots[F->nawaits++] = s;
  return m;
}

static const char *new_int_temp(fnlow *F) {
  const char *m = fmt(F->L, "ac__b%d", F->nslots);
  add_slot(F, (slot){.member = m, .kind = SLOT_TEMP, .type = "int"});
  return m;
}

/* The async signature of an expression naming a pointer to an async
 * function (through parentheses, *, [], ., -> and casts), or NULL. */
static async_fn *expr_signature(fnlow *F, const node *e) {
  while (e) {
    switch (e->kind) {
    case AST_PAREN:
    case AST_INDEX:
      e = e->a;
      continue;
    case AST_CALL: {
      /* A plain function returning such pointers, typed by its name. */
      const node *c = unparen(e->a);
      return c && c->kind == AST_IDENT && c->sym ? find_kind(F->L, c->sym, FN_RETURNS) : NULL;
    }
    case AST_UNARY:
      if (e->op != '*')
        return NULL;
      e = e->a;
      continue;
    case AST_IDENT: {
      if (!e->sym)
        return NULL;
      int s = lookup(F, e->sym);
      if (s >= 0)
        return F->slots[s].decl ? find_by_name_node(F->L, ast_declarator_name(F->slots[s].decl)) : NULL;
      return find_kind(F->L, e->sym, FN_POINTER);
    }
    case AST_MEMBER_ACCESS:
      return e->sym ? find_kind(F->L, e->sym, FN_MEMBER) : NULL;
    case AST_CAST:
      return typedef_in(F->L, e->a->a);
    default:
      return NULL;
    }
  }
  return NULL;
}

/* The async function a call calls, or NULL: by name (*direct set) or
 * through a pointer. */
static async_fn *callee_sig(fnlow *F, const node *call, int *direct) {
  const node *c = unparen(call->a);
  if (direct)
    *direct = 0;
  if (c && c->kind == AST_IDENT && c->sym && lookup(F, c->sym) < 0) {
    async_fn *fn = find_fn(F->L, c->sym);
    if (fn) {
      if (direct)
        *direct = 1;
      return fn;
    }
  }
  return expr_signature(F, c);
}

static async_fn *callee_fn(fnlow *F, const node *call) { return callee_sig(F, call, NULL); }

/* Writes the code of one await: start the callee, suspend, fetch the
 * result. Its operand's own awaits were written before. */
static void emit_await(fnlow *F, node *aw) {
  node *call = unparen(aw->a);
  int direct = 0;
  async_fn *fn = call && call->kind == AST_CALL ? callee_sig(F, call, &direct) : NULL;
  if (!fn) {
    error_at(F->L, aw, "'await' needs a call of an async function");
    return;
  }
  int state = ++F->nstates;
  if (state >= F->state_cap) {
    F->state_cap = F->state_cap ? F->state_cap * 2 : 16;
    F->state_at = xrealloc(F->state_at, (size_t)F->state_cap * sizeof *F->state_at);
  }
  F->state_at[state] = aw->loc.begin;
  printer *w = F->w;
  const char *t = fn->is_void ? NULL : new_temp_for(F, fn, aw);
  if (fn->is_void)
    new_temp_for(F, fn, aw), F->slots[F->nslots - 1].type = "char";
  if (fn->leaf) {
    /* ac_join(t, result) also passes the size of *result, checked by the runtime. */
    print_str(w, fmt(F->L, "ac__F->ac__h.state = %d; return %s(&ac__F->ac__h, &ac__F->%s", state, fn->leaf,
                     t ? t : F->slots[F->nslots - 1].member));
    for (node *a = ast_first(call->b); a; a = a->next) {
      print_str(w, ",");
      print_node(w, a);
    }
    print_str(w, fmt(F->L, "); ac__resume_%d:;", state));
    return;
  }
  F->uses_child = 1;
  if (direct) {
    print_str(w, fmt(F->L, "ac__F->ac__child = %s__acnew(", fn->name->name));
  } else {
    /* Through a pointer: it holds the callee's frame constructor. */
    print_str(w, "ac__F->ac__child = (");
    print_node(w, call->a);
    print_str(w, ")(");
  }
  int first = 1;
  for (node *a = ast_first(call->b); a; a = a->next) {
    if (!first)
      print_str(w, ",");
    print_node(w, a);
    first = 0;
  }
  /* The fast path runs the callee at once; unless it returned already, its
   * frame or NULL goes back to the trampoline. */
  print_str(w, fmt(F->L, "); ac__F->ac__h.state = %d; { ac_frame *ac__next = ac__call(&ac__F->ac__h, "
                         "ac__F->ac__child); if (ac__next != &ac__F->ac__h) return ac__next; } "
                         "ac__resume_%d:;",
                   state, state));
  if (t && direct && (fn == F->fn || fn->lowered))
    /* Its frame type is known here: read the result directly. */
    print_str(w, fmt(F->L, "ac__F->%s = ((struct %s__acframe *)ac__F->ac__child)->ac__result;", t,
                     fn->name->name));
  else if (t)
    print_str(w, fmt(F->L, "ac__F->%s = *(__typeof__(ac__F->%s) *)ac__result_at(ac__F->ac__child, "
                           "__alignof__(ac__F->%s));",
                     t, t, t));
  print_str(w, "ac__frame_free(ac__F->ac__child);");
}

static int contains_await(node *n, void *ctx) {
  (void)ctx;
  return n->kind == AST_AWAIT;
}

static int has_await(node *e) { return e && ast_find(e, contains_await, NULL) != NULL; }

/* The value of an await is an rvalue, as a call's is; in the output it
 * is a frame member, which the compiler would let through. */
static int await_as_lvalue(fnlow *F, node *e) {
  const node *operand = NULL;
  if (e->kind == AST_ASSIGN)
    operand = e->a;
  else if ((e->kind == AST_UNARY && (e->op == '&' || e->op == INC || e->op == DEC)) ||
           e->kind == AST_POSTFIX)
    operand = e->a;
  operand = operand ? unparen(operand) : NULL;
  /* A member of an rvalue struct is no lvalue either: (await f()).x = 1. */
  while (operand && operand->kind == AST_MEMBER_ACCESS && operand->op == '.')
    operand = unparen(operand->a);
  if (!operand || operand->kind != AST_AWAIT)
    return 0;
  error_at(F->L, operand, "the value of 'await' is not an lvalue");
  return 1;
}

/* Writes, before the statement holding e, the code of e's awaits in C's
 * evaluation order; e itself then prints with temporaries in their place. */
static void hoist(fnlow *F, node *e) {
  if (!e || !has_await(e))
    return;
  if (await_as_lvalue(F, e))
    return;
  switch (e->kind) {
  case AST_AWAIT:
    hoist(F, e->a);
    emit_await(F, e);
    return;
  case AST_BINARY:
    if (e->op == ANDAND || e->op == OROR) {
      if (!has_await(e->b)) {
        hoist(F, e->a);
        return;
      }
      /* The right operand's awaits run only when C evaluates it. */
      hoist(F, e->a);
      const char *b = new_int_temp(F);
      print_str(F->w, fmt(F->L, "ac__F->%s = !!(", b));
      print_node(F->w, e->a);
      print_str(F->w, fmt(F->L, "); if (%sac__F->%s) {", e->op == ANDAND ? "" : "!", b));
      hoist(F, e->b);
      print_str(F->w, fmt(F->L, "ac__F->%s = !!(", b));
      print_node(F->w, e->b);
      print_str(F->w, "); }");
      /* The whole operator now reads the temporary. */
      e->kind = AST_IDENT;
      e->text = fmt(F->L, "ac__F->%s", b);
      e->len = (uint32_t)strlen(e->text);
      e->sym = NULL;
      return;
    }
    if (e->op == ',') {
      /* The left operand is complete before the right one starts. */
      hoist(F, e->a);
      /* An await's value left of a comma is discarded: its code is all. */
      const node *left = unparen(e->a);
      if (!left || left->kind != AST_AWAIT) {
        print_str(F->w, "(void)(");
        print_node(F->w, e->a);
        print_str(F->w, ");");
      }
      hoist(F, e->b);
      /* What is left of the comma is its right operand, still behind a
       * comma whose left side the compiler cannot drop (a volatile read):
       * as in the input, where a call stood there, `(f(), 4u) % 4u` must
       * not fold into a constant that gcc's -Wtype-limits then judges. */
      tokval keep = {"(void)*(volatile char *)&ac__F->ac__h", 37, NULL};
      e->a = ast_text(F->L->A, AST_IDENT, e->loc, keep, NULL, NULL);
      return;
    }
    hoist(F, e->a);
    hoist(F, e->b);
    return;
  case AST_COND: {
    hoist(F, e->a);
    if (!has_await(e->b) && !has_await(e->c))
      return;
    /* Only the chosen arm's awaits run: the condition is computed once
     * into a temporary that also selects the arm in the expression. */
    const char *b = new_int_temp(F);
    print_str(F->w, fmt(F->L, "ac__F->%s = !!(", b));
    print_node(F->w, e->a);
    print_str(F->w, fmt(F->L, "); if (ac__F->%s) {", b));
    if (e->b)
      hoist(F, e->b);
    print_str(F->w, "} else {");
    hoist(F, e->c);
    print_str(F->w, "}");
    node *cond = e->a;
    cond->kind = AST_IDENT;
    cond->text = fmt(F->L, "ac__F->%s", b);
    cond->len = (uint32_t)strlen(cond->text);
    cond->sym = NULL;
    if (!e->b)
      error_at(F->L, e, "'await' in 'a ?: b' is not supported yet");
    return;
  }
  case AST_SIZEOF_TYPE:
  case AST_TYPEOF:
    error_at(F->L, e, "'await' in an operand that is not evaluated");
    return;
  case AST_UNARY:
    if (e->op == SIZEOF || e->op == ALIGNOF) {
      error_at(F->L, e, "'await' in an operand that is not evaluated");
      return;
    }
    hoist(F, e->a);
    return;
  case AST_STMT_EXPR:
    error_at(F->L, e, "'await' inside a statement expression is not supported yet");
    return;
  case AST_LIST:
    for (node *it = e->a; it; it = it->next)
      hoist(F, it);
    return;
  case AST_GENERIC:
    error_at(F->L, e, "'await' inside _Generic is not supported");
    return;
  case AST_CALL: {
    /* GNU built-ins that do not evaluate (all of) their operands. */
    const node *callee = unparen(e->a);
    if (callee && callee->kind == AST_IDENT) {
      static const char *const unevaluated[] = {"__builtin_constant_p", "__builtin_choose_expr",
                                                "__builtin_object_size", "__builtin_dynamic_object_size",
                                                "__builtin_types_compatible_p"};
      for (size_t i = 0; i < sizeof unevaluated / sizeof *unevaluated; i++)
        if (callee->len == strlen(unevaluated[i]) && memcmp(callee->text, unevaluated[i], callee->len) == 0) {
          error_at(F->L, e, "'await' in an operand of '%s', which may not be evaluated", unevaluated[i]);
          return;
        }
    }
    hoist(F, e->a);
    hoist(F, e->b);
    return;
  }
  default:
    hoist(F, e->a);
    hoist(F, e->b);
    hoist(F, e->c);
    hoist(F, e->d);
    return;
  }
}

/* The built-in forms: ac_spawn(call) starts call as a task; ac_run(call,
 * result) runs it to completion from synchronous code (a plain function, a
 * callback) and stores its value. */
enum { BUILTIN_NONE, BUILTIN_SPAWN, BUILTIN_RUN };

static int builtin_of(fnlow *F, const node *call) {
  const node *c = unparen(call->a);
  if (!c || c->kind != AST_IDENT || (c->sym && lookup(F, c->sym) >= 0))
    return BUILTIN_NONE;
  if (c->len == 8 && !memcmp(c->text, "ac_spawn", 8))
    return BUILTIN_SPAWN;
  if (c->len == 6 && !memcmp(c->text, "ac_run", 6))
    return BUILTIN_RUN;
  return BUILTIN_NONE;
}

/* The async call a built-in form is given, or NULL after an error (which
 * check_calls reports; the rewrite that follows asks again, quietly). */
static node *builtin_call(fnlow *F, node *e, int kind, int report) {
  node *arg = ast_first(e->b);
  int nargs = 0;
  for (node *a = arg; a; a = a->next)
    nargs++;
  node *c = unparen(arg);
  const char *what = kind == BUILTIN_SPAWN ? "ac_spawn(call)" : "ac_run(call, result)";
  if (!c || nargs != (kind == BUILTIN_SPAWN ? 1 : 2) || c->kind != AST_CALL || !callee_fn(F, c)) {
    if (report)
      error_at(F->L, e, "%s needs a call of an async function", what);
    return NULL;
  }
  if (callee_fn(F, c)->leaf) {
    if (report)
      error_at(F->L, e, "'%s' is a wait of the runtime: it cannot be used in %s", callee_fn(F, c)->name->name,
             what);
    return NULL;
  }
  return c;
}

/* Bare calls of async functions are the "forgot to await" bug. With deep,
 * statements below e are checked too (plain functions, printed as they are). */
static void check_calls(fnlow *F, node *e, int awaited, int deep) {
  if (!e)
    return;
  if (e->kind == AST_LIST) {
    for (node *it = e->a; it; it = it->next)
      check_calls(F, it, 0, deep);
    return;
  }
  if (e->kind == AST_AWAIT) {
    node *c = unparen(e->a);
    check_calls(F, c, 1, deep);
    return;
  }
  if (e->kind == AST_CALL) {
    int kind = builtin_of(F, e);
    if (kind) {
      node *c = builtin_call(F, e, kind, 1);
      if (c) {
        check_calls(F, c->b, 0, deep);
        check_calls(F, ast_first(e->b)->next, 0, deep);
      }
      return;
    }
    async_fn *fn = callee_fn(F, e);
    if (fn && !awaited)
      error_at(F->L, e, "call of async function '%s' is neither awaited nor spawned (ac_spawn)",
               fn->name->name);
    check_calls(F, e->a, 0, deep);
    check_calls(F, e->b, 0, deep);
    return;
  }
  if (!deep && (e->kind == AST_COMPOUND || e->kind == AST_STMT_EXPR || e->kind == AST_FUNC_DEF))
    return; /* statements are checked as they are lowered */
  check_calls(F, e->a, 0, deep);
  check_calls(F, e->b, 0, deep);
  check_calls(F, e->c, 0, deep);
  check_calls(F, e->d, 0, deep);
}

static void rename_ident(fnlow *F, node *id, const char *text) {
  id->kind = AST_IDENT;
  id->text = text;
  id->len = (uint32_t)strlen(text);
  id->sym = NULL;
  (void)F;
}

/* Rewrites the built-in forms into runtime calls:
 *   ac_spawn(f(args))   -> ac__spawn(f__acnew(args))
 *   ac_run(f(args), r)  -> ac__run_main(f__acnew(args), r, sizeof *(r))
 * Returns whether anything was rewritten. */
static int rewrite_builtins(fnlow *F, node *e, int deep) {
  if (!e)
    return 0;
  int n = 0;
  if (e->kind == AST_LIST) {
    for (node *it = e->a; it; it = it->next)
      n += rewrite_builtins(F, it, deep);
    return n;
  }
  if (e->kind == AST_CALL) {
    int kind = builtin_of(F, e);
    node *c = kind ? builtin_call(F, e, kind, 0) : NULL;
    if (c) {
      async_fn *fn = callee_fn(F, c);
      node *callee = unparen(e->a);
      rename_ident(F, callee, kind == BUILTIN_SPAWN ? "ac__spawn" : "ac__run_main");
      node *in = unparen(c->a);
      rename_ident(F, in, fmt(F->L, "%s__acnew", fn->name->name));
      if (kind == BUILTIN_RUN) {
        /* The result's size, checked by the runtime; none for void. */
        node *res = ast_first(e->b)->next;
        node *size;
        if (fn->is_void) {
          tokval zero = {"0", 1, NULL};
          size = ast_text(F->L->A, AST_CONST, res->loc, zero, NULL, NULL);
        } else {
          node *deref = ast_op(F->L->A, AST_UNARY, res->loc, '*',
                               ast_node(F->L->A, AST_PAREN, res->loc, res, NULL, NULL, NULL), NULL);
          size = ast_op(F->L->A, AST_UNARY, res->loc, SIZEOF, deref, NULL);
          size->text = "sizeof";
          size->len = 6;
        }
        /* Share res: sizeof does not evaluate its operand. */
        node *copy = ast_node(F->L->A, AST_PAREN, res->loc, res, NULL, NULL, NULL);
        ast_first(e->b)->next = copy;
        copy->next = NULL;
        e->b->b = copy;
        ast_append(e->b, size);
      }
      n++;
    }
  }
  if (!deep && e->kind == AST_COMPOUND)
    return n;
  n += rewrite_builtins(F, e->a, deep);
  n += rewrite_builtins(F, e->b, deep);
  n += rewrite_builtins(F, e->c, deep);
  n += rewrite_builtins(F, e->d, deep);
  return n;
}

/* Prepares an expression to be printed: checks, spawns, awaits. */
static void expr_prologue(fnlow *F, node *e) {
  if (!e)
    return;
  check_calls(F, e, 0, 0);
  rewrite_builtins(F, e, 0);
  hoist(F, e);
}

static void print_expr(fnlow *F, node *e) { print_node(F->w, e); }

/* The element count of an unsized array's initialiser, or -1. */
static long init_count(const node *init) {
  if (init->kind != AST_INIT_LIST)
    return -1;
  long n = 0;
  for (const node *it = ast_first(init->a); it; it = it->next, n++)
    if (it->a)
      return -1; /* designators: leave it to a later version */
  return n;
}

/* An unsized array `top` (int a[] = {...}, (int[]){...}) gets the size its
 * initialiser gives it: a frame member needs a complete type. */
static void size_from_init(fnlow *F, node *top, const node *init, const node *where) {
  long n = init_count(init);
  if (init->kind == AST_STRINGS || (init->kind == AST_INIT_LIST && ast_first(init->a) &&
                                    !ast_first(init->a)->next &&
                                    ast_first(init->a)->b->kind == AST_STRINGS)) {
    node *str = init->kind == AST_STRINGS ? (node *)init : ast_first(init->a)->b;
    /* sizeof "literal" is the array's size. */
    node *sz = ast_op(F->L->A, AST_UNARY, str->loc, SIZEOF, str, NULL);
    sz->text = "sizeof";
    sz->len = 6;
    top->b = sz;
  } else if (n >= 0) {
    tokval t = {fmt(F->L, "%ld", n), 0, NULL};
    t.len = (uint32_t)strlen(t.s);
    top->b = ast_text(F->L->A, AST_CONST, top->loc, t, NULL, NULL);
  } else {
    error_at(F->L, where,
             "an unsized array with a designated initialiser in an async function is not supported yet");
  }
}

static int names_local(node *n, void *ctx);

/* Whether an expression in an array bound is not an integer constant
 * expression for a frame: it reads a local or parameter, or awaits.
 * Operands of sizeof, _Alignof and typeof do not count (no local is a
 * VLA, so they are constant), type names in them do (sizeof(int[n])). */
static int bound_is_variable(fnlow *F, node *n) {
  if (!n)
    return 0;
  switch (n->kind) {
  case AST_IDENT:
    return names_local(n, F);
  case AST_AWAIT:
    return 1;
  case AST_UNARY:
    if (n->op == SIZEOF || n->op == ALIGNOF)
      return 0;
    break;
  case AST_TYPEOF:
    if (n->a && n->a->kind != AST_TYPE_NAME)
      return 0;
    break;
  case AST_LIST:
    for (node *it = n->a; it; it = it->next)
      if (bound_is_variable(F, it))
        return 1;
    return 0;
  default:
    break;
  }
  return bound_is_variable(F, n->a) || bound_is_variable(F, n->b) || bound_is_variable(F, n->c) ||
         bound_is_variable(F, n->d);
}

/* Whether a declarator has a variable array bound; an array parameter's
 * own bound (int a[n], a pointer) with skip_top. */
static int declarator_is_variable(fnlow *F, node *d, int skip_top) {
  node *top = skip_top ? name_derivation(d) : NULL;
  for (; d; d = d->kind == AST_D_PTR || d->kind == AST_D_PAREN ? d->b : d->a) {
    if (d->kind == AST_D_ARRAY && d != top && bound_is_variable(F, d->b))
      return 1;
    if (d->kind == AST_D_NAME)
      break;
  }
  return 0;
}

/* Locals and parameters become frame members next to the translator's own
 * (ac__h, ac__result) and are read through ac__F: its prefix is taken. */
static int reserved_name(fnlow *F, const node *nm) {
  if (nm->len < 4 || memcmp(nm->text, "ac__", 4) != 0)
    return 0;
  error_at(F->L, nm, "'%s': names beginning with 'ac__' are reserved for asyncc in async functions",
           nm->text);
  return 1;
}

/* Prints a declaration (then `after`) that goes to file scope (typedefs,
 * tags, block-scope externs and function declarations): locals its types
 * name print as their types. */
static void print_at_file_scope(fnlow *F, node *decl, const char *after) {
  resolve_names(F, decl);
  printer sw;
  printer_init(&sw, F->statics_out, F->w->P);
  sw.subst = subst;
  sw.ctx = F;
  int saved = F->file_scope;
  F->file_scope = 1;
  /* At its source line, after the body's #pragma lines before it. */
  sw.next_pragma = F->statics_pragma;
  print_sync(&sw, decl);
  print_node(&sw, decl);
  print_str(&sw, after);
  print_newline(&sw);
  F->statics_pragma = sw.next_pragma;
  F->statics_used = 1;
  F->file_scope = saved;
}

/* A struct, union or enum defined in a declaration's specifiers goes to
 * file scope by itself, and the declarators name it by its tag (an
 * anonymous one gets a tag): each declarator becomes a frame member or
 * static of its own, and the type must be defined once. */
static void hoist_tag_definition(fnlow *F, node *specs) {
  for (node *s = ast_first(specs); s; s = s->next) {
    if ((s->kind != AST_STRUCT && s->kind != AST_ENUM) || !(s->flags & DF_BODY))
      continue;
    if (!s->text) {
      s->text = fmt(F->L, "%s__actag%d", F->fn->name->name, F->next_label++);
      s->len = (uint32_t)strlen(s->text);
    }
    print_at_file_scope(F, s, ";");
    s->flags &= (uint16_t)~DF_BODY;
  }
}

/* A local declaration: members in the frame, initialisers as assignments. */
static void lower_local_decl(fnlow *F, node *decl) {
  printer *w = F->w;
  if (decl->kind == AST_STATIC_ASSERT) {
    /* Checked at file scope, where the frame's types are (a local's type
     * through its slot: sizeof buf). An await in it is no constant. */
    if (has_await(decl))
      error_at(F->L, decl, "'await' in an operand that is not evaluated");
    else
      print_at_file_scope(F, decl, "");
    return;
  }
  if (decl->flags & DF_TYPEDEF) {
    /* Frame members may have this type: the typedef goes to file scope
     * (two async functions defining one name differently would clash),
     * which a variably modified type cannot. */
    for (node *id = ast_first(decl->b); id; id = id->next) {
      node *nm = ast_declarator_name(id->a);
      if (nm && declarator_is_variable(F, id->a, 0)) {
        error_at(F->L, id, "variable-length array type '%s' in an async function (a frame has a fixed size)",
                 nm->text);
        return;
      }
    }
    if (claim_file_scope_names(F->L, decl))
      print_at_file_scope(F, decl, "");
    return;
  }
  int is_static = has_spec(decl->a, STATIC), is_extern = has_spec(decl->a, EXTERN);
  if (!decl->b) {
    /* A tag declaration (struct s {...};): it goes to file scope. */
    if (claim_file_scope_names(F->L, decl))
      print_at_file_scope(F, decl, "");
    return;
  }
  if (!is_extern && !ast_function_declarator(ast_first(decl->b)->a)) {
    if (!claim_file_scope_names(F->L, decl))
      return;
    hoist_tag_definition(F, decl->a);
  }
  for (node *id = ast_first(decl->b); id; id = id->next) {
    node *nm = ast_declarator_name(id->a);
    if (!nm)
      continue;
    if (reserved_name(F, nm))
      continue;
    if (has_attr(id->b, "cleanup") || has_attr(decl->a, "cleanup")) {
      error_at(F->L, id, "a 'cleanup' attribute cannot survive an 'await' in an async function");
      continue;
    }
    if (is_extern || ast_function_declarator(id->a)) {
      /* Block-scope extern or function declarations name file-scope things. */
      print_at_file_scope(F, decl, "");
      break;
    }
    /* Array sizes must be constant: a VLA cannot live in a frame. */
    if (declarator_is_variable(F, id->a, 0)) {
      error_at(F->L, id, "variable-length array '%s' in an async function (a frame has a fixed size)",
               nm->text);
      continue;
    }
    if (is_static && id->c && has_await(id->c)) {
      error_at(F->L, id->c, "'await' in the initialiser of a static variable (it must be constant)");
      continue;
    }
    if (is_static) {
      /* A real static of the step function (its initialiser may take the
       * address of a label), declared before the dispatch. */
      const char *g = fmt(F->L, "%s__%d", nm->text, F->nslots);
      int s = add_slot(F, (slot){.member = g, .kind = SLOT_STATIC, .specs = decl->a, .decl = id->a});
      resolve_names(F, decl->a);
      resolve_names(F, id->a);
      printer sw;
      printer_init(&sw, F->fstatics_out, F->w->P);
      F->rename_decl = nm;
      F->rename_to = g;
      sw.subst = subst;
      sw.ctx = F;
      /* Its initialiser is constant: a compound literal in it is static. */
      F->literals_in_frame = 0;
      print_str(&sw, "static");
      /* Thread-local statics stay so (_Thread_local, __thread). */
      for (const node *sp = ast_first(decl->a); sp; sp = sp->next)
        if (sp->kind == AST_SPEC && sp->op == THREAD_LOCAL)
          print_node(&sw, sp);
      print_member_specs(&sw, decl->a, 0, NULL);
      print_node(&sw, id->a);
      F->rename_decl = NULL;
      if (id->c) {
        print_str(&sw, "=");
        print_node(&sw, id->c);
      }
      F->literals_in_frame = 1;
      print_str(&sw, ";");
      print_newline(&sw);
      bind(F, nm->sym, s);
      continue;
    }
    const char *m = member_name(F, nm->text);
    int s = add_slot(F, (slot){.member = m, .kind = SLOT_LOCAL, .specs = decl->a, .decl = id->a});
    /* Names in its type are those in scope here, not where the frame is
     * printed. */
    resolve_names(F, decl->a);
    resolve_names(F, id->a);
    /* An unsized array takes its size from the initialiser. */
    node *top = name_derivation(id->a);
    if (top && top->kind == AST_D_ARRAY && !top->b && id->c)
      size_from_init(F, top, id->c, id);
    if (has_spec(decl->a, AUTO_TYPE)) {
      if (!id->c || id->c->kind == AST_INIT_LIST) {
        error_at(F->L, id, "'__auto_type' needs an initialiser that is an expression");
        continue;
      }
      F->slots[s].auto_init = id->c;
    }
    if (id->c) {
      node *init = id->c;
      print_sync(w, id);
      expr_prologue(F, init);
      if (F->slots[s].auto_init)
        resolve_names(F, init);
      /* The name is in scope in its own initialiser. */
      bind(F, nm->sym, s);
      if (init->kind == AST_INIT_LIST || init->kind == AST_STRINGS) {
        /* Braces (or a string for a char array): copied from a compound
         * literal of the member's own type (an array, maybe through a
         * typedef, cannot be assigned). */
        print_str(w, fmt(F->L, "__builtin_memcpy(%s, &(__typeof__(ac__F->%s))", frame_addr(F, m), m));
        if (init->kind == AST_STRINGS)
          print_str(w, "{");
        print_expr(F, init);
        if (init->kind == AST_STRINGS)
          print_str(w, "}");
        print_str(w, fmt(F->L, ", sizeof ac__F->%s);", m));
      } else {
        print_str(w, fmt(F->L, "ac__F->%s =", m));
        print_expr(F, init);
        print_str(w, ";");
      }
    } else {
      bind(F, nm->sym, s);
    }
  }
}

static void print_literal_in_frame(fnlow *F, printer *w, const node *lit) {
  int s = -1;
  for (int i = 0; i < F->nslots && s < 0; i++)
    if (F->slots[i].kind == SLOT_LITERAL && F->slots[i].literal == lit)
      s = i;
  if (s < 0 && lit->a->b && declarator_is_variable(F, lit->a->b, 0)) {
    error_at(F->L, lit, "variable-length compound literal in an async function (a frame has a fixed size)");
    return;
  }
  if (s < 0) {
    node *top = name_derivation(lit->a->b);
    if (top && top->kind == AST_D_ARRAY && !top->b)
      size_from_init(F, top, lit->b, lit);
    s = add_slot(F, (slot){.member = member_name(F, "ac__literal"), .kind = SLOT_LITERAL, .literal = lit});
    resolve_names(F, lit->a);
  }
  const char *m = F->slots[s].member;
  print_str(w, fmt(F->L, "(*(__typeof__(ac__F->%s) *)__builtin_memcpy(%s, &", m, frame_addr(F, m)));
  const node *saved = F->self;
  F->self = lit;
  print_node(w, lit);
  F->self = saved;
  print_str(w, fmt(F->L, ", sizeof ac__F->%s))", m));
}

/* ast_find visitor: an identifier naming a local or parameter. */
static int names_local(node *n, void *ctx) {
  fnlow *F = ctx;
  if (n->kind != AST_IDENT || !n->sym)
    return 0;
  int s = lookup(F, n->sym);
  return s >= 0 && F->slots[s].kind != SLOT_STATIC;
}

static void print_label(fnlow *F, const char *name) { print_str(F->w, fmt(F->L, "%s:;", name)); }

static int falls_through(const node *s) {
  switch (s->kind) {
  case AST_BREAK: case AST_CONTINUE: case AST_RETURN: case AST_GOTO: case AST_GOTO_PTR:
  case AST_CASE: case AST_DEFAULT:
  case AST_ATTR_STMT: /* already __attribute__((fallthrough)) */
    return 0;
  default:
    return 1;
  }
}

typedef struct {
  const char *from, *to;
  uint32_t len;
} label_rename;

static void rename_label(const label_rename *r, node *n) {
  if (n->len == r->len && memcmp(n->text, r->from, r->len) == 0) {
    n->text = r->to;
    n->len = (uint32_t)strlen(r->to);
  }
}

static int rename_label_visit(node *n, void *ctx) {
  if (n->kind == AST_LABEL || n->kind == AST_GOTO || n->kind == AST_LABEL_ADDR)
    rename_label(ctx, n);
  else if (n->kind == AST_LOCAL_LABELS)
    for (node *id = ast_first(n->a); id; id = id->next)
      rename_label(ctx, id);
  return 0;
}

/* `__label__ l;` makes l local to its block, but in the step function all
 * labels share one scope: each local label gets a name of its own in the
 * block (a nested block declaring l again renames its own l after). */
static void rename_local_labels(fnlow *F, node *decl, node *items) {
  for (node *id = ast_first(decl->a); id; id = id->next) {
    label_rename r = {id->text, fmt(F->L, "%.*s__acl%d", (int)id->len, id->text, F->next_label++), id->len};
    ast_find(items, rename_label_visit, &r);
  }
}

static int is_bare_declaration(const node *it) {
  if (it->kind == AST_STATIC_ASSERT)
    return 1;
  if (it->kind != AST_DECL)
    return 0;
  if ((it->flags & DF_TYPEDEF) || has_spec(it->a, STATIC) || has_spec(it->a, EXTERN))
    return 1; /* no code where it stands */
  for (const node *id = ast_first(it->b); id; id = id->next)
    if (id->c)
      return 0;
  return 1;
}

static void lower_block_items(fnlow *F, node *items) {
  const node *prev = NULL;
  for (node *it = ast_first(items); it; it = it->next)
    if (it->kind == AST_LOCAL_LABELS)
      rename_local_labels(F, it, items);
  for (node *it = ast_first(items); it; it = it->next) {
    if (it->kind == AST_LOCAL_LABELS)
      continue;
    /* A fallthrough into a case was marked by a comment, which the
     * preprocessor removed: say it the way the compiler still sees. */
    if (prev && (it->kind == AST_CASE || it->kind == AST_DEFAULT) && falls_through(prev))
      print_str(F->w, "__attribute__((fallthrough));");
    lower_stmt(F, it);
    /* A declaration without initialisers leaves no code: what falls
     * through is the statement before it (or nothing, at the top of a
     * switch, where the attribute would be unreachable). */
    if (!is_bare_declaration(it))
      prev = it;
  }
}

/* Statements printed with a continue target of their own (loops whose
 * condition or step awaits). */
/* Returns whether a continue jumped to the label (else it is not printed:
 * -Wunused-label). */
static int lower_body_with_continue(fnlow *F, node *body, int label) {
  int saved = F->cont_label, saved_used = F->cont_used;
  F->cont_label = label;
  F->cont_used = 0;
  lower_stmt(F, body);
  int used = F->cont_used;
  F->cont_label = saved;
  F->cont_used = saved_used;
  return used;
}

static void lower_stmt_inner(fnlow *F, node *s);

/* Every statement gets braces of its own: the code of its awaits comes
 * before it, and both must stay one statement under an if or a loop. */
static void lower_stmt(fnlow *F, node *s) {
  if (!s)
    return;
  int wrap = s->kind != AST_COMPOUND && s->kind != AST_LABEL && s->kind != AST_CASE &&
             s->kind != AST_DEFAULT;
  if (wrap)
    print_str(F->w, "{");
  lower_stmt_inner(F, s);
  if (wrap)
    print_str(F->w, "}");
}

static void lower_stmt_inner(fnlow *F, node *s) {
  printer *w = F->w;
  F->nawaits = 0;
  switch ((ast_kind)s->kind) {
  case AST_DECL:
  case AST_STATIC_ASSERT:
    lower_local_decl(F, s);
    return;
  case AST_FUNC_DEF:
    error_at(F->L, s, "a nested function inside an async function is not supported");
    return;
  case AST_COMPOUND: {
    int mark = F->nscope;
    print_sync(w, s);
    print_str(w, "{");
    lower_block_items(F, s->a);
    print_newline(w);
    print_str(w, "}");
    F->nscope = mark;
    return;
  }
  case AST_EXPR_STMT: {
    print_sync(w, s);
    int awaits = has_await(s->a);
    expr_prologue(F, s->a);
    /* `await f();` is all prologue: its value is not used. */
    node *e = unparen(s->a);
    if (e && e->kind == AST_AWAIT)
      return;
    /* What is left of an expression whose awaits were taken out may have
     * no effect of its own (`c ? await f() : await g();`). */
    print_str(w, awaits ? "(void)(" : "");
    print_expr(F, s->a);
    print_str(w, awaits ? ");" : ";");
    return;
  }
  case AST_RETURN:
    print_sync(w, s);
    expr_prologue(F, s->a);
    if (s->a && !F->fn->is_void) {
      print_str(w, "ac__F->ac__result =");
      print_expr(F, s->a);
      print_str(w, ";");
    } else if (s->a) {
      print_expr(F, s->a);
      print_str(w, ";");
    }
    print_str(w, "return ac__return(&ac__F->ac__h);");
    return;
  case AST_IF:
    print_sync(w, s);
    expr_prologue(F, s->a);
    print_str(w, "if (");
    print_expr(F, s->a);
    print_str(w, ")");
    lower_stmt(F, s->b);
    if (s->c) {
      print_newline(w);
      print_str(w, "else");
      lower_stmt(F, s->c);
    }
    return;
  case AST_SWITCH: {
    print_sync(w, s);
    expr_prologue(F, s->a);
    print_str(w, "switch (");
    print_expr(F, s->a);
    print_str(w, ")");
    /* continue inside a switch still belongs to the enclosing loop. */
    lower_stmt(F, s->b);
    return;
  }
  case AST_WHILE: {
    print_sync(w, s);
    if (!has_await(s->a)) {
      check_calls(F, s->a, 0, 0);
      print_str(w, "while (");
      print_expr(F, s->a);
      print_str(w, ")");
      lower_body_with_continue(F, s->b, 0);
      return;
    }
    /* The condition's awaits run again before every test. */
    print_str(w, "for (;;) {");
    expr_prologue(F, s->a);
    print_str(w, "if (!(");
    print_expr(F, s->a);
    print_str(w, ")) break;");
    lower_body_with_continue(F, s->b, 0);
    print_str(w, "}");
    return;
  }
  case AST_DO: {
    print_sync(w, s);
    if (!has_await(s->b)) {
      check_calls(F, s->b, 0, 0);
      print_str(w, "do");
      lower_body_with_continue(F, s->a, 0);
      print_str(w, "while (");
      print_expr(F, s->b);
      print_str(w, ");");
      return;
    }
    int label = ++F->next_label;
    print_str(w, "for (;;) {");
    if (lower_body_with_continue(F, s->a, label))
      print_label(F, fmt(F->L, "ac__continue_%d", label));
    F->nawaits = 0;
    expr_prologue(F, s->b);
    print_str(w, "if (!(");
    print_expr(F, s->b);
    print_str(w, ")) break; }");
    return;
  }
  case AST_FOR: {
    int mark = F->nscope;
    print_sync(w, s);
    print_str(w, "{");
    lower_stmt(F, s->a); /* the init: a declaration or an expression statement */
    F->nawaits = 0;
    if (!has_await(s->b) && !has_await(s->c)) {
      check_calls(F, s->b, 0, 0);
      check_calls(F, s->c, 0, 0);
      print_str(w, "for (;");
      print_expr(F, s->b);
      print_str(w, ";");
      print_expr(F, s->c);
      print_str(w, ")");
      lower_body_with_continue(F, s->d, 0);
    } else {
      int label = ++F->next_label;
      print_str(w, "for (;;) {");
      if (s->b) {
        expr_prologue(F, s->b);
        print_str(w, "if (!(");
        print_expr(F, s->b);
        print_str(w, ")) break;");
      }
      if (lower_body_with_continue(F, s->d, label))
        print_label(F, fmt(F->L, "ac__continue_%d", label));
      F->nawaits = 0;
      if (s->c) {
        /* As an expression statement: what the awaits leave may have no
         * effect of its own (a comma whose right operand was an await). */
        expr_prologue(F, s->c);
        print_str(w, "(void)(");
        print_expr(F, s->c);
        print_str(w, ");");
      }
      print_str(w, "}");
    }
    print_str(w, "}");
    F->nscope = mark;
    return;
  }
  case AST_CONTINUE:
    print_sync(w, s);
    if (F->cont_label) {
      print_str(w, fmt(F->L, "goto ac__continue_%d;", F->cont_label));
      F->cont_used = 1;
    }
    else
      print_str(w, "continue;");
    return;
  case AST_LABEL:
  case AST_CASE:
  case AST_DEFAULT: {
    if (s->kind == AST_CASE && (has_await(s->a) || has_await(s->b)))
      error_at(F->L, s, "'await' in a case label (it must be constant)");
    print_sync(w, s);
    node *inner = s->c;
    s->c = NULL;
    print_node(w, s); /* the label itself, then its statement */
    s->c = inner;
    if (inner)
      lower_stmt(F, inner);
    else
      print_str(w, ";");
    return;
  }
  case AST_ASM:
    print_sync(w, s);
    check_calls(F, s, 0, 0);
    print_node(w, s);
    return;
  default:
    print_sync(w, s);
    print_node(w, s);
    return;
  }
}

/* ast_find visitor: a call of alloca or setjmp (and their variants). */
static int calls_stack_bound(node *n, void *ctx) {
  (void)ctx;
  if (n->kind != AST_CALL || !n->a || n->a->kind != AST_IDENT)
    return 0;
  static const char *const names[] = {"alloca", "__builtin_alloca", "__builtin_alloca_with_align",
                                      "setjmp", "_setjmp", "__builtin_setjmp", "sigsetjmp",
                                      "__sigsetjmp", "savectx"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strlen(names[i]) == n->a->len && memcmp(names[i], n->a->text, n->a->len) == 0)
      return 1;
  return 0;
}

/* `[storage] ac_frame *f__acnew(params)`: the constructor of f's frame. */
static void print_constructor_head(lowerer *L, printer *w, const async_fn *fn, const char *storage) {
  if (storage)
    print_str(w, storage);
  print_str(w, fmt(L, "ac_frame *%s__acnew(", fn->name->name));
  int first = 1;
  for (node *p = ast_first(fn->fdecl->b); p; p = p->next) {
    if (!first)
      print_str(w, ",");
    print_node(w, p);
    first = 0;
  }
  print_str(w, ")");
}

/* ---- where each resume point is (for task dumps and backtraces) ---- */

/* str as a C string literal (through the printer, which tracks what it
 * wrote last to separate tokens). */
static void print_c_string(lowerer *L, printer *w, const char *str) {
  char *lit = arena_alloc(L->A, strlen(str) * 4 + 3), *o = lit;
  *o++ = '"';
  for (const unsigned char *c = (const unsigned char *)str; *c; c++) {
    if (*c == '"' || *c == '\\')
      o += sprintf(o, "\\%c", *c);
    else if (*c < ' ' || *c >= 0x7f)
      o += sprintf(o, "\\%03o", *c);
    else
      *o++ = (char)*c;
  }
  *o++ = '"';
  *o = 0;
  print_str(w, lit);
}

typedef struct {
  uint32_t offset;
  int state;
} site_ref;

static int by_offset(const void *a, const void *b) {
  const site_ref *x = a, *y = b;
  return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* `static const ac_site f__acsites[]`: the function's opening line for
 * state 0, then the line of each await; and `f__acinfo`, which the unit
 * registers with the runtime (print_registration). */
static void print_sites(fnlow *F, printer *w, const char *step) {
  lowerer *L = F->L;
  const char *name = F->fn->name->name;
  int n = F->nstates + 1;
  site_ref *refs = xrealloc(NULL, (size_t)n * sizeof *refs);
  srcpos *pos = xrealloc(NULL, (size_t)n * sizeof *pos);
  refs[0] = (site_ref){F->def->loc.begin, 0};
  for (int i = 1; i < n; i++)
    refs[i] = (site_ref){F->state_at[i], i};
  /* The map's cursor only moves forward cheaply: locate in offset order. */
  qsort(refs, (size_t)n, sizeof *refs, by_offset);
  for (int i = 0; i < n; i++)
    pos[refs[i].state] = srcmap_locate(&L->sites, refs[i].offset);
  print_str(w, fmt(L, "static const ac_site %s__acsites[] = {", name));
  for (int i = 0; i < n; i++) {
    print_str(w, "{");
    print_c_string(L, w, pos[i].file);
    print_str(w, fmt(L, ", %d},", pos[i].line));
  }
  print_str(w, fmt(L, "}; static const ac_fninfo %s__acinfo = {%s, \"%s\", %d, %s__acsites};", name, step, name,
                   n, name));
  print_newline(w);
  free(refs);
  free(pos);
  if (L->ninfos == L->infos_cap) {
    L->infos_cap = L->infos_cap ? L->infos_cap * 2 : 16;
    L->infos = xrealloc(L->infos, (size_t)L->infos_cap * sizeof *L->infos);
  }
  L->infos[L->ninfos++] = name;
}

/* At the end of a unit with async functions: a constructor that hands
 * their site tables to the runtime before main runs. */
static void print_registration(lowerer *L, FILE *out) {
  if (!L->ninfos)
    return;
  fputs("\nstatic const ac_fninfo *const ac__unit_fns[] = {", out);
  for (int i = 0; i < L->ninfos; i++)
    fprintf(out, "&%s__acinfo,", L->infos[i]);
  fprintf(out, "}; static ac_fnreg ac__unit_reg = {ac__unit_fns, %d, 0}; "
               "__attribute__((__constructor__)) static void ac__unit_register(void) "
               "{ ac__register(&ac__unit_reg); }\n",
          L->ninfos);
}

/* ---- one async function definition ---- */

static void lower_function(lowerer *L, node *def, async_fn *fn, printer *out) {
  /* The definition's parameter names are the ones its body uses (an
   * earlier declaration may name them differently, or not at all). */
  fn->fdecl = ast_function_declarator(def->b);
  fn->declarator = def->b;
  fnlow F = {0};
  F.L = L;
  F.fn = fn;
  F.def = def;
  const char *name = fn->name->name;
  /* The step function carries the user's name, except for main, whose
   * name the real entry point takes. */
  int is_main = strcmp(name, "main") == 0;
  const char *step = is_main ? "main__acstep" : name;
  int is_static = has_spec(def->a, STATIC);
  if (def->c) {
    error_at(L, def, "an async function cannot have K&R parameter declarations");
    return;
  }
  /* Parameters first: they are the frame's first members after the result. */
  for (node *p = ast_first(fn->fdecl->b); p; p = p->next) {
    if (p->kind != AST_PARAM || !p->b)
      continue;
    node *nm = ast_declarator_name(p->b);
    if (!nm)
      continue;
    if (reserved_name(&F, nm))
      continue;
    if (declarator_is_variable(&F, p->b, 1)) {
      error_at(L, nm, "parameter '%s' has a variably modified type: not supported in an async function",
               nm->text);
      continue;
    }
    int s = add_slot(&F, (slot){.member = member_name(&F, nm->text), .kind = SLOT_PARAM,
                                .specs = p->a, .decl = p->b});
    resolve_names(&F, p->a);
    resolve_names(&F, p->b);
    bind(&F, nm->sym, s);
  }
  int nparams = F.nslots;
  /* alloca'd memory and jmp_bufs live on the C stack, which a suspension
   * leaves: with an await in the function they cannot work. */
  if (ast_find(def->d, contains_await, NULL)) {
    node *bad = ast_find(def->d, calls_stack_bound, NULL);
    if (bad)
      error_at(L, bad, "'%.*s' in an async function: its effect cannot survive an 'await'",
               (int)bad->a->len, bad->a->text);
  }

  /* The body, into memory: the frame's members are known at its end. */
  char *body = NULL, *statics = NULL, *fstatics = NULL;
  size_t body_len = 0, statics_len = 0, fstatics_len = 0;
  FILE *bf = open_memstream(&body, &body_len);
  F.statics_out = open_memstream(&statics, &statics_len);
  F.fstatics_out = open_memstream(&fstatics, &fstatics_len);
  printer bw;
  printer_init(&bw, bf, out->P);
  print_skip_pragmas(&bw, def->d->loc.begin);
  bw.subst = subst;
  bw.ctx = &F;
  F.w = &bw;
  F.statics_pragma = bw.next_pragma;
  F.literals_in_frame = 1;
  lower_block_items(&F, def->d->a);
  F.literals_in_frame = 0;
  print_newline(&bw);
  if (F.statics_used) {
    /* The rest of the body's #pragma lines: pushes and pops balance. */
    printer sw;
    printer_init(&sw, F.statics_out, out->P);
    sw.next_pragma = F.statics_pragma;
    print_flush_pragmas(&sw, def->d->loc.end);
    print_newline(&sw);
  }
  fclose(bf);
  fclose(F.statics_out);
  fclose(F.fstatics_out);

  printer *w = out;
  w->subst = subst;
  w->ctx = &F;
  print_sync(w, def);
  if (statics_len) {
    print_resync(w);
    fwrite(statics, 1, statics_len, w->out);
    print_resync(w);
    print_sync(w, def);
  }
  /* The frame. */
  /* The result comes right after the header, where callers that do not
   * know the frame's layout find it (ac__result_of); then parameters and
   * locals. */
  F.file_scope = 1;
  print_str(w, fmt(L, "struct %s__acframe { ac_frame ac__h;", name));
  if (!fn->is_void) {
    print_result_decl(&F, w, fn, "ac__result");
    print_str(w, ";");
  }
  for (int i = 0; i < F.nslots; i++) {
    if (F.slots[i].kind == SLOT_STATIC)
      continue;
    print_slot_type(&F, w, i, F.slots[i].member);
    print_str(w, ";");
  }
  if (F.uses_child)
    print_str(w, "ac_frame *ac__child;");
  print_str(w, "};");
  F.file_scope = 0;
  /* The step function's prototype, then the constructor callers use. */
  print_str(w, fmt(L, "static ac_frame *%s(ac_frame *ac__self);", step));
  /* A prototype first: -Wmissing-prototypes stays quiet. */
  /* Its parameters are the constructor's own: no frame to substitute. */
  w->subst = NULL;
  print_constructor_head(L, w, fn, is_static ? "static" : NULL);
  print_str(w, ";");
  print_constructor_head(L, w, fn, is_static ? "static" : NULL);
  w->subst = subst;
  /* The allocator records the result's size and alignment for joins. */
  print_str(w, fmt(L, "{ struct %s__acframe *ac__F = ac__frame_alloc(sizeof *ac__F, %s); "
                      "ac__F->ac__h.step = %s;",
                   name,
                   fn->is_void ? "0"
                               : "ac__result_meta(sizeof ac__F->ac__result, __alignof__(ac__F->ac__result))",
                   step));
  for (int i = 0; i < nparams; i++) {
    node *nm = ast_declarator_name(F.slots[i].decl);
    print_str(w, fmt(L, "ac__F->%s = %s;", F.slots[i].member, nm->text));
  }
  print_str(w, "(void)ac__abi_v2; return &ac__F->ac__h; }");
  /* The step function: dispatch, then the body. */
  print_str(w, fmt(L, "static ac_frame *%s(ac_frame *ac__self) { struct %s__acframe *const ac__F = "
                      "(struct %s__acframe *)ac__self;",
                   step, name, name));
  if (fstatics_len) {
    print_resync(w);
    fwrite(fstatics, 1, fstatics_len, w->out);
    print_resync(w);
    print_sync(w, def);
  }
  print_str(w, "switch (ac__F->ac__h.state) { case 0: goto ac__start;");
  for (int i = 1; i <= F.nstates; i++)
    print_str(w, fmt(L, "case %d: goto ac__resume_%d;", i, i));
  print_str(w, "default: __builtin_unreachable(); } ac__start:;");
  print_resync(w);
  fwrite(body, 1, body_len, w->out);
  print_resync(w);
  /* Falling off the end belongs to the closing brace's line. */
  print_sync_at(w, def->d->loc.end - 1);
  print_str(w, "return ac__return(&ac__F->ac__h); }");
  print_newline(w);
  w->subst = NULL;
  print_sites(&F, w, step);
  if (is_main) {
    /* The real entry point runs the loop until async main returns. */
    print_str(w, "int main(");
    int first = 1;
    for (node *p = ast_first(fn->fdecl->b); p; p = p->next) {
      if (!first)
        print_str(w, ",");
      print_node(w, p);
      first = 0;
    }
    print_str(w, ") { int ac__r = 0; int ac__rc = ac__run_main(main__acnew(");
    for (int i = 0; i < nparams; i++)
      print_str(w, fmt(L, "%s%s", i ? "," : "", ast_declarator_name(F.slots[i].decl)->text));
    print_str(w, "), &ac__r, sizeof ac__r); return ac__rc < 0 ? ac__main_error(ac__rc) : ac__r; }");
    print_newline(w);
  }
  free(body);
  free(statics);
  free(fstatics);
  free(F.slots);
  free(F.scope);
  free(F.await_nodes);
  free(F.await_slots);
  free(F.state_at);
  free(F.res_nodes);
  free(F.res_slots);
}

/* A plain declarator of a function that is async elsewhere: an error. */
static void check_not_async(lowerer *L, node *d) {
  node *nm = ast_function_declarator(d) ? ast_declarator_name(d) : NULL;
  async_fn *fn = nm ? find_fn(L, nm->sym) : NULL;
  if (!fn)
    return;
  error_at(L, nm, "'%s' is declared without 'async' here, but it is an async function", nm->text);
  diag_at(L->d, DIAG_NOTE, fn->name_node->loc.begin, "'%s' is declared async here", nm->text);
}

/* ---- plain functions printed from the tree ---- */

/* Names of async functions that a plain function's parameters or locals
 * hide, innermost last. */
typedef struct {
  lowerer *L;
  const sym **names;
  int n, cap;
} hiding;

static void hide_name(hiding *h, const node *nm) {
  if (!nm || !nm->sym || !find_fn(h->L, nm->sym))
    return;
  if (h->n == h->cap) {
    h->cap = h->cap ? h->cap * 2 : 16;
    h->names = xrealloc(h->names, (size_t)h->cap * sizeof *h->names);
  }
  h->names[h->n++] = nm->sym;
}

/* Marks the identifiers that name a local or parameter rather than the
 * async function of the same name (subst renames only the latter). */
static void mark_hidden(hiding *h, node *n) {
  if (!n)
    return;
  int mark = h->n;
  switch (n->kind) {
  case AST_IDENT:
    for (int i = 0; i < h->n; i++)
      if (h->names[i] == n->sym)
        n->flags |= DF_LOCAL_NAME;
    return;
  case AST_LIST:
    for (node *it = n->a; it; it = it->next)
      mark_hidden(h, it);
    return;
  case AST_INIT_DECL:
    /* In scope from its declarator on, its initialiser included. */
    mark_hidden(h, n->a);
    hide_name(h, ast_declarator_name(n->a));
    mark_hidden(h, n->c);
    return;
  case AST_ENUMERATOR:
    mark_hidden(h, n->b);
    hide_name(h, n);
    return;
  case AST_COMPOUND:
  case AST_FOR:
    mark_hidden(h, n->a);
    mark_hidden(h, n->b);
    mark_hidden(h, n->c);
    mark_hidden(h, n->d);
    h->n = mark; /* the block's names end with it */
    return;
  default:
    mark_hidden(h, n->a);
    mark_hidden(h, n->b);
    mark_hidden(h, n->c);
    mark_hidden(h, n->d);
    return;
  }
}

static void mark_hidden_in_function(lowerer *L, node *def) {
  hiding h = {L, NULL, 0, 0};
  node *fd = ast_function_declarator(def->b);
  for (node *p = fd ? ast_first(fd->b) : NULL; p; p = p->next)
    if (p->kind == AST_PARAM && p->b)
      hide_name(&h, ast_declarator_name(p->b));
  mark_hidden(&h, def->d);
  free(h.names);
}

/* ---- prototypes and the unit ---- */

static int is_async_decl(const node *d) { return d->kind == AST_DECL && has_spec(d->a, ASYNC); }

/* async prototypes become the constructors' prototypes (none for the
 * runtime's leaf waits, which are called directly). */
static void lower_prototypes(lowerer *L, node *decl, printer *w) {
  print_sync(w, decl);
  for (node *id = ast_first(decl->b); id; id = id->next) {
    node *nm = ast_declarator_name(id->a);
    async_fn *fn = nm ? find_fn(L, nm->sym) : NULL;
    if (!fn || fn->leaf)
      continue;
    print_constructor_head(L, w, fn, has_spec(decl->a, STATIC) ? "static" : "extern");
    print_str(w, ";");
  }
}

static void write_marker_at(const parser *P, srcmap *m, FILE *out, uint32_t offset) {
  srcpos p = srcmap_locate(m, offset);
  fprintf(out, "\n# %d \"", p.line);
  for (const char *c = p.file; *c; c++) {
    if (*c == '"' || *c == '\\')
      fputc('\\', out);
    fputc(*c, out);
  }
  fprintf(out, "\"%s%s\n", p.sys ? " 3" : "", p.externc ? " 4" : "");
  (void)P;
  /* Keep the column of what follows, for diagnostics. */
  for (int i = 1; i < p.col; i++)
    fputc(' ', out);
}

int lower_unit(const parser *P, node *tu, FILE *out, int print_all) {
  lowerer L = {0};
  L.P = P;
  L.d = P->d;
  L.A = P->A;
  L.tu = tu;
  srcmap_init(&L.sites, P->buf, P->len, P->d->map.first_file, P->A);
  /* First the table of async functions, in declaration order, then the
   * names whose types hold pointers to them (their types rewritten). */
  for (node *e = ast_first(tu->a); e; e = e->next) {
    if (e->kind == AST_FUNC_DEF && (e->flags & DF_ASYNC))
      add_fn(&L, e->a, e->b, NULL);
    else if (is_async_decl(e) && !(e->flags & DF_TYPEDEF))
      for (node *id = ast_first(e->b); id; id = id->next)
        if (ast_function_declarator(id->a))
          add_fn(&L, e->a, id->a, id->b);
  }
  /* A function is async in all its declarations or in none: its name
   * becomes the step function, which a plain prototype contradicts. */
  for (node *e = ast_first(tu->a); e; e = e->next) {
    if (e->flags & DF_ASYNC || is_async_decl(e) || (e->kind == AST_DECL && (e->flags & DF_TYPEDEF)))
      continue;
    if (e->kind == AST_FUNC_DEF)
      check_not_async(&L, e->b);
    else if (e->kind == AST_DECL)
      for (node *id = ast_first(e->b); id; id = id->next)
        check_not_async(&L, id->a);
  }
  ast_find(tu, register_visit, &L);
  printer w;
  printer_init(&w, out, P);
  srcmap map;
  srcmap_init(&map, P->buf, P->len, P->d->map.first_file, P->A);
  /* Code outside async functions prints with async functions used as values
   * renamed to their constructors. */
  fnlow plain = {0};
  plain.L = &L;
  uint32_t pos = 0;
  for (node *e = ast_first(tu->a); e; e = e->next) {
    int is_def = e->kind == AST_FUNC_DEF && (e->flags & DF_ASYNC);
    int is_proto = is_async_decl(e);
    int reprint = 0;
    if (!is_def && !is_proto) {
      if (e->kind == AST_FUNC_DEF) {
        /* A plain function kept because it mentions async code: no await,
         * no bare async call; ac_spawn and ac_run become runtime calls. */
        node *aw = ast_find(e->d, contains_await, NULL);
        if (aw)
          error_at(&L, aw, "'await' outside an async function");
        else
          check_calls(&plain, e->d, 0, 1);
        if (!L.errors)
          rewrite_builtins(&plain, e->d, 1);
        reprint = 1;
      } else {
        reprint = ast_find(e, needs_reprint, &L) != NULL;
      }
      if (!reprint && !print_all)
        continue;
    }
    /* #pragma lines before the declaration: copied with the text in
     * between, or printed here. */
    if (!print_all) {
      fwrite(P->buf + pos, 1, e->loc.begin - pos, out);
      print_resync(&w);
      print_skip_pragmas(&w, e->loc.begin);
    } else {
      print_flush_pragmas(&w, e->loc.begin);
    }
    /* Those inside an async function go out with its body (printed apart);
     * a declaration printed from the tree prints its own. */
    if (is_def || is_proto)
      print_skip_pragmas(&w, e->loc.end);
    if (is_def) {
      /* No function (`async int n {}`): add_fn has reported it. */
      node *nm = ast_declarator_name(e->b);
      async_fn *fn = nm && ast_function_declarator(e->b) ? find_fn(&L, nm->sym) : NULL;
      if (fn) {
        lower_function(&L, e, fn, &w);
        fn->lowered = 1;
      }
    } else if (is_proto) {
      lower_prototypes(&L, e, &w);
    } else {
      if (e->kind == AST_FUNC_DEF && L.nfns)
        mark_hidden_in_function(&L, e);
      w.subst = subst;
      w.ctx = &plain;
      print_sync(&w, e);
      print_node(&w, e);
      w.subst = NULL;
    }
    if (!print_all)
      write_marker_at(P, &map, out, e->loc.end);
    pos = e->loc.end;
  }
  if (print_all)
    print_finish(&w);
  else
    fwrite(P->buf + pos, 1, P->len - pos, out);
  print_registration(&L, out);
  free(plain.scope);
  free(L.fns);
  free(L.infos);
  free(L.scope_names);
  return L.errors ? 1 : 0;
}
