/* asyncgen.c - random async C programs for the erasure test
 * (tests/e2e/generated.sh, scripts/generated-long.sh).
 *
 *   asyncgen SEED [--stats] [--without SHAPE]...
 *
 * writes to stdout a program made of 3-6 random async functions and an
 * `async int main`, with awaits in the expression and statement positions
 * SPEC section 1 lists (and a few more shapes: members of awaited structs,
 * awaits of unsigned char / unsigned long long / double functions, static
 * and const locals, pointers to locals and to structs, labels on statements,
 * case bodies without braces, void ?: statements). The program is
 * deterministic (a seed gives the same text on every machine and with any
 * compiler: the PRNG is our own, splitmix64, and no call takes two random
 * arguments) and prints checksums of its computations, then exits with a
 * status derived from them (0..100). Erasing `async` and `await` (sed) gives
 * a plain C program (with tests/e2e/erasure/erased.h for ac_yield), free of
 * -Wall -Wextra warnings, that must print and exit the same.
 *
 * With --stats, stderr receives one line per await position, "name count":
 * how many times the program put an await (anywhere inside the expression or
 * statement) in that position. --without SHAPE leaves out a shape (see
 * usage()), to look for other bugs while a translator bug in it is open.
 *
 * What keeps the erased program's result defined and independent of the
 * compiler (gcc evaluates call arguments right to left, clang left to right;
 * asyncc evaluates awaits left to right):
 *  - all arithmetic is unsigned; divisors are `| 1u`, shift counts `& 7u`;
 *  - functions are "pure" (they touch nothing but their own frame, and a
 *    call counter g_calls whose increments commute and which is read only
 *    at the end of main) or "effectful" (they also fold values into the
 *    global g_trace and read it back);
 *  - where C leaves the order of operands unspecified (arithmetic, call
 *    arguments, initialiser lists), at most one operand may have a side
 *    effect (an effectful call, or the comma form below), and when one
 *    does the others do not read g_trace. &&, ||, ?: and the comma
 *    operator sequence their operands, so there every operand may;
 *  - the comma operator's left operand writes a scratch variable sc<k>
 *    (k = comma nesting depth) that only its right operand reads;
 *  - locals are written only by statements (assignments, `await bump(&x,
 *    v)` through a pointer), never inside an expression, and every local
 *    is initialised where it is declared (a for counter right before);
 *    a static local (effectful functions) is treated like g_trace;
 *  - -Wall -Wextra stay quiet: every local is read (else `h += x;` at the
 *    end of its block), truth values are comparisons (never a bare
 *    integer), no comparison folds to `x < 0`, no self-comparison or
 *    self-assignment, helpers are emitted only when used, every function
 *    is called;
 *  - loops have counters the body cannot write, so they run at most 3-4
 *    times; backward gotos have counters too; every generated function
 *    takes a depth d, returns at d == 0 and passes d - 1 to every call, so
 *    recursion (direct and mutual) is bounded. The depth main starts with
 *    (D0) is the largest that keeps an upper bound of the calls made small.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- PRNG: splitmix64 ---------------------------------------------------- */
static uint64_t rng_state;
static uint64_t next64(void) {
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}
static unsigned rnd(unsigned n) { return n ? (unsigned)(next64() % n) : 0; }
static int chance(unsigned pct) { return rnd(100) < pct; }

/* ---- strings --------------------------------------------------------------- */
static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) {
    fprintf(stderr, "asyncgen: out of memory\n");
    exit(2);
  }
  return p;
}

static char *vfmt(const char *f, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, f, ap2);
  va_end(ap2);
  char *s = xmalloc((size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, f, ap);
  return s;
}

static char *fmt(const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *s = vfmt(f, ap);
  va_end(ap);
  return s;
}

typedef struct {
  char *s;
  size_t n, cap;
} Buf;

static void bput(Buf *b, const char *s) {
  size_t k = strlen(s);
  if (b->n + k + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (b->n + k + 1 > cap)
      cap *= 2;
    char *ns = xmalloc(cap);
    if (b->s)
      memcpy(ns, b->s, b->n);
    free(b->s);
    b->s = ns;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, k + 1);
  b->n += k;
}

static void bprintf(Buf *b, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *s = vfmt(f, ap);
  va_end(ap);
  bput(b, s);
  free(s);
}

/* ---- await positions ----------------------------------------------------- */
enum {
  P_INIT, P_INIT_MULTI, P_INIT_ARRAY, P_INIT_STRUCT, P_SHADOW_INIT,
  P_NESTED, P_MULTI_ARG, P_PLAIN_ARG, P_STRUCT_ARG, P_ARRAY_ARG, P_ADDR_ARG,
  P_COND_IF, P_COND_WHILE, P_COND_DO, P_COND_SWITCH,
  P_FOR_INIT, P_FOR_COND, P_FOR_STEP,
  P_RETURN, P_RETURN_EARLY, P_RETURN_STRUCT,
  P_AND_LHS, P_AND_RHS, P_OR_LHS, P_OR_RHS, P_NOT,
  P_TERN_COND, P_TERN_THEN, P_TERN_ELSE, P_TERN_BOTH, P_TERN_STRUCT,
  P_COMMA_LHS, P_COMMA_RHS,
  P_ASSIGN, P_COMPOUND_ASSIGN, P_PTR_WRITE, P_GLOBAL_WRITE,
  P_ARITH, P_UNARY, P_COMPARE, P_INDEX, P_MEMBER, P_COMPOUND_LITERAL,
  P_STMT, P_VOID_STMT, P_YIELD_STMT, P_YIELD_EXPR,
  P_CASE_BODY, P_FALLTHROUGH, P_GOTO_COND, P_GOTO_BACK, P_GOTO_OUT,
  P_BREAK_COND, P_CONTINUE_COND, P_LOOP_BODY, P_UNBRACED_BODY, P_BLOCK,
  P_RECURSION, P_PRINTF_ARG,
  P_CASE_UNBRACED, P_LABELLED_STMT, P_INIT_CONST, P_STATIC_LOCAL, P_RET_NARROW, P_RET_WIDE,
  P_RET_DOUBLE, P_CHAIN_ASSIGN, P_TERN_VOID, P_FOR_STEP_COMMA, P_ARROW_WRITE,
  P_TERN_DISCARD, P_FOR_STEP_DISCARD, P_LITERAL_PTR,
  NPOS
};

static const char *const posname[NPOS] = {
  "init", "init_multi", "init_array", "init_struct", "shadow_init",
  "nested", "multi_arg", "plain_call_arg", "struct_arg", "array_arg", "addr_arg",
  "cond_if", "cond_while", "cond_do", "cond_switch",
  "for_init", "for_cond", "for_step",
  "return", "return_early", "return_struct",
  "and_lhs", "and_rhs", "or_lhs", "or_rhs", "not",
  "ternary_cond", "ternary_then", "ternary_else", "ternary_both", "ternary_struct",
  "comma_lhs", "comma_rhs",
  "assign", "compound_assign", "ptr_write", "global_write",
  "arith", "unary", "compare", "index", "member", "compound_literal",
  "stmt", "void_stmt", "yield_stmt", "yield_expr",
  "case_body", "fallthrough", "goto_cond", "goto_back", "goto_out",
  "break_cond", "continue_cond", "loop_body", "unbraced_body", "block",
  "recursion", "printf_arg",
  "case_unbraced", "labelled_stmt", "init_const", "static_local", "ret_narrow", "ret_wide",
  "ret_double", "chain_assign", "ternary_void", "for_step_comma", "arrow_write",
  "ternary_discard", "for_step_discard", "literal_ptr",
};

static unsigned long pos_count[NPOS];

/* Shapes that --without NAME leaves out (to look for other bugs while a
 * translator bug in one of them is open). */
enum { W_COMMA_DISCARD, W_FALLTHROUGH_ATTR, W_TERNARY_STMT, W_STEP_DISCARD, NWITHOUT };
static const char *const without_name[NWITHOUT] = {"comma_discard", "fallthrough_attr", "ternary_stmt",
                                                   "step_discard"};
static int without[NWITHOUT];
static void count(int pos, int aw) {
  if (aw)
    pos_count[pos]++;
}

/* ---- program model ------------------------------------------------------- */
/* return types: unsigned, struct S, void, unsigned char, unsigned long
 * long, double */
enum { RT_U, RT_S, RT_V, RT_UC, RT_ULL, RT_D };
/* kinds of locals: unsigned, unsigned[3], struct S, unsigned *, struct S * */
enum { VK_U, VK_ARR, VK_S, VK_P, VK_PS };

#define MAXFN 8
/* The most calls of generated functions a program may make (an upper
 * bound that ignores short-circuits, untaken branches and early exits). */
#define CALL_BOUND 400000.0
#define MAXV 256
#define F_EFF 1   /* the expression may have side effects */
#define F_GREAD 2 /* the expression may read g_trace */

typedef struct {
  char name[8];
  int pure;    /* touches only its frame (and g_calls) */
  int ret;     /* RT_* */
  int np;      /* unsigned parameters a0.. after d */
  int sparam;  /* has a struct S parameter q0 (after the a's) */
  int refs;    /* calls from other functions */
  int nsites;
  int site_fn[1024];
  double site_mult[1024];
  Buf body;
  unsigned sc_used; /* bit k: scratch variable sc<k> is used */
  int has_static;   /* has a static local st (effectful functions only) */
} Fn;

typedef struct {
  char name[16];
  int kind;
  int used;   /* read somewhere (else read at the end of its block) */
  int blk;
  int ro;     /* not assignable (d, loop counters) */
  int hidden; /* not readable (its own initialiser) */
} Var;

typedef struct {
  Fn *fn;
  int is_main;
  Var v[MAXV];
  int nv;
  int blk;
  int loops, switches;
  double mult;
  int sc_depth;
  int sc_ok[32];
  int nlabel, ncount;
  Buf *b;
  int ind;
  char exit_label[16];
  int exit_used;
  int aw; /* awaits written so far in this function */
  int stmt_budget;
} Ctx;

static Fn fns[MAXFN];
static int nfn;
static Fn mainfn;
static int use_mix, use_mix3, use_bump, use_sumv;

typedef struct {
  char *s;
  int aw;   /* awaits inside */
  int eff;  /* has side effects (effectful call, scratch write) */
  int cnst; /* no variable, no call: folds to a constant */
  int prim; /* a variable, constant or call: no operator at the top */
} Ex;

static Ex mkex(char *s, int aw, int eff, int cnst) {
  Ex e = {s, aw, eff, cnst, 0};
  return e;
}

static Ex prim(Ex e) {
  e.prim = 1;
  return e;
}

/* e, or e + h when e folds to a constant (no comparison of an unsigned
 * with a constant 0: gcc's -Wtype-limits). */
static char *nonconst(Ex e) { return e.cnst ? fmt("(%s + h)", e.s) : e.s; }

static void line(Ctx *c, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *s = vfmt(f, ap);
  va_end(ap);
  for (int i = 0; i < c->ind; i++)
    bput(c->b, "  ");
  bput(c->b, s);
  bput(c->b, "\n");
  free(s);
}

/* ---- variables ------------------------------------------------------------- */
static int visible(Ctx *c, int i) {
  if (c->v[i].hidden)
    return 0;
  for (int j = i + 1; j < c->nv; j++)
    if (strcmp(c->v[j].name, c->v[i].name) == 0)
      return 0; /* shadowed */
  return 1;
}

/* A visible variable of kind k (-1: any), writable if w; -1 if none. */
static int pick_var(Ctx *c, int k, int w) {
  int cand[MAXV], n = 0;
  for (int i = 0; i < c->nv; i++)
    if ((k < 0 || c->v[i].kind == k) && (!w || !c->v[i].ro) && visible(c, i))
      cand[n++] = i;
  return n ? cand[rnd((unsigned)n)] : -1;
}

static int declared_here(Ctx *c, const char *name) {
  for (int i = 0; i < c->nv; i++)
    if (c->v[i].blk == c->blk && strcmp(c->v[i].name, name) == 0)
      return 1;
  return 0;
}

static int shadows(Ctx *c, const char *name) {
  for (int i = 0; i < c->nv; i++)
    if (c->v[i].blk < c->blk && strcmp(c->v[i].name, name) == 0 && !c->v[i].hidden)
      return 1;
  return 0;
}

static int push_var(Ctx *c, const char *name, int kind, int ro) {
  if (c->nv >= MAXV) {
    fprintf(stderr, "asyncgen: too many variables\n");
    exit(2);
  }
  Var *v = &c->v[c->nv];
  memset(v, 0, sizeof *v);
  snprintf(v->name, sizeof v->name, "%s", name);
  v->kind = kind;
  v->blk = c->blk;
  v->ro = ro;
  return c->nv++;
}

/* Hides every variable called name (while its shadowing declarator's
 * initialiser is written, C would already see the new, uninitialised one). */
static void hide(Ctx *c, const char *name, int on) {
  for (int i = 0; i < c->nv; i++)
    if (strcmp(c->v[i].name, name) == 0)
      c->v[i].hidden = on;
}

/* A fresh name for a local of kind k in the current block (names repeat
 * across blocks, so inner blocks shadow outer locals). NULL if none. */
static const char *new_name(Ctx *c, int k) {
  static const char *const un[] = {"x", "y", "z", "t", "u", "v"};
  static const char *const an[] = {"arr", "buf"};
  static const char *const sn[] = {"s", "q"};
  static const char *const pn[] = {"p", "r"};
  static const char *const psn[] = {"ps", "pq"};
  const char *const *pool;
  int n;
  switch (k) {
  case VK_U: pool = un; n = 6; break;
  case VK_ARR: pool = an; n = 2; break;
  case VK_S: pool = sn; n = 2; break;
  case VK_PS: pool = psn; n = 2; break;
  default: pool = pn; n = 2; break;
  }
  int start = (int)rnd((unsigned)n);
  for (int i = 0; i < n; i++) {
    const char *name = pool[(start + i) % n];
    if (!declared_here(c, name))
      return name;
  }
  return NULL;
}

/* ---- expressions ------------------------------------------------------- */
static Ex gen_expr(Ctx *c, int depth, int fl);
static Ex gen_await(Ctx *c, int depth, int fl);
static Ex gen_cond(Ctx *c, int depth, int fl);
static Ex gen_sexpr(Ctx *c, int depth, int fl);
static Ex gen_leaf(Ctx *c, int fl);

enum { T_U, T_S, T_C };

/* An operand of type t, an await with probability awpct. */
static Ex gen_typed(Ctx *c, int t, int depth, int fl, int awpct) {
  if (depth < 0 && t == T_U)
    return gen_leaf(c, fl);
  if (t == T_S)
    return gen_sexpr(c, depth, fl);
  if (t == T_C)
    return gen_cond(c, depth, fl);
  return chance((unsigned)awpct) ? gen_await(c, depth, fl) : gen_expr(c, depth, fl);
}

/* n operands whose order of evaluation C leaves unspecified: one of them
 * may have side effects; if it does, the others do not read g_trace. */
static void gen_list(Ctx *c, int n, const int *types, int depth, int fl, int awpct, Ex *out) {
  if (n <= 0)
    return;
  int e = (int)rnd((unsigned)n);
  out[e] = gen_typed(c, types[e], depth, fl, awpct);
  int ofl = fl & ~F_EFF;
  if (out[e].eff)
    ofl &= ~F_GREAD;
  for (int i = 0; i < n; i++)
    if (i != e)
      out[i] = gen_typed(c, types[i], depth, ofl, awpct);
}

static char *cst(void) {
  static const unsigned small[] = {1, 2, 3, 5, 7, 9, 11, 13, 17, 31};
  if (chance(60))
    return fmt("%uu", small[rnd(10)]);
  return fmt("%uu", 1 + rnd(4000));
}

static char *index_cst(void) { return fmt("%u", rnd(3)); }

static Ex gen_leaf_(Ctx *c, int fl);
static Ex gen_leaf(Ctx *c, int fl) { return prim(gen_leaf_(c, fl)); }
static Ex gen_leaf_(Ctx *c, int fl) {
  /* scratch variables of enclosing comma expressions */
  if (chance(10)) {
    int ok[32], n = 0;
    for (int k = 0; k < c->sc_depth; k++)
      if (c->sc_ok[k])
        ok[n++] = k;
    if (n)
      return mkex(fmt("sc%d", ok[rnd((unsigned)n)]), 0, 0, 0);
  }
  if ((fl & F_GREAD) && !c->fn->pure && chance(6))
    return mkex(fmt("g_trace"), 0, 0, 0);
  if (chance(18))
    return mkex(cst(), 0, 0, 1);
  int i = pick_var(c, -1, 0);
  if (i < 0)
    return mkex(cst(), 0, 0, 1);
  Var *v = &c->v[i];
  v->used = 1;
  switch (v->kind) {
  case VK_U: return mkex(fmt("%s", v->name), 0, 0, 0);
  case VK_ARR: return mkex(fmt("%s[%s]", v->name, index_cst()), 0, 0, 0);
  case VK_S:
    if (chance(50))
      return mkex(fmt("%s.a", v->name), 0, 0, 0);
    return mkex(fmt("%s.b[%s]", v->name, index_cst()), 0, 0, 0);
  case VK_PS:
    if (chance(50))
      return mkex(fmt("%s->a", v->name), 0, 0, 0);
    return mkex(fmt("%s->b[%s]", v->name, index_cst()), 0, 0, 0);
  default: return mkex(fmt("(*%s)", v->name), 0, 0, 0);
  }
}

/* Functions an expression with flags fl may call, of return type rt. */
static int pick_fn(Ctx *c, int rt, int fl) {
  int cand[MAXFN], n = 0;
  int eff_ok = (fl & F_EFF) && !c->fn->pure;
  for (int i = 0; i < nfn; i++)
    if (fns[i].ret == rt && (fns[i].pure || eff_ok))
      cand[n++] = i;
  if (!n)
    return -1;
  /* favour direct recursion a little */
  if (!c->is_main && chance(15)) {
    int self = (int)(c->fn - fns);
    for (int i = 0; i < n; i++)
      if (cand[i] == self)
        return self;
  }
  return cand[rnd((unsigned)n)];
}

/* `await f(d - 1u, args...)`, args random. */
static Ex gen_call(Ctx *c, int fi, int depth, int fl) {
  Fn *f = &fns[fi];
  int n = f->np + f->sparam, types[8];
  Ex a[8];
  for (int i = 0; i < f->np; i++)
    types[i] = T_U;
  if (f->sparam)
    types[f->np] = T_S;
  gen_list(c, n, types, depth - 1, fl, 20, a);
  Buf b = {0};
  bprintf(&b, "await %s(%s", f->name, c->is_main ? "D0" : chance(85) ? "d - 1u" : "d / 2u");
  int aw = 1, eff = !f->pure, naw = 0;
  for (int i = 0; i < n; i++) {
    bprintf(&b, ", %s", a[i].s);
    aw += a[i].aw;
    eff |= a[i].eff;
    naw += a[i].aw > 0;
    if (types[i] == T_S)
      count(P_STRUCT_ARG, a[i].aw);
  }
  bput(&b, ")");
  count(P_NESTED, naw > 0);
  count(P_MULTI_ARG, naw > 1);
  if (!c->is_main && c->fn == f)
    count(P_RECURSION, 1);
  /* call sites for the bound of calls made */
  Fn *cur = c->fn;
  if (cur->nsites < 1024) {
    cur->site_fn[cur->nsites] = fi;
    cur->site_mult[cur->nsites] = c->mult;
    cur->nsites++;
  }
  if (cur != f)
    f->refs++;
  c->aw++;
  return prim(mkex(b.s, aw, eff, 0));
}

/* An expression that is an await (in one of several shapes). */
static Ex gen_await(Ctx *c, int depth, int fl) {
  int r = (int)rnd(100);
  if (r < 8) {
    count(P_YIELD_EXPR, 1);
    c->aw++;
    return mkex(fmt("(unsigned)await ac_yield()"), 1, 0, 0);
  }
  if (r < 16) {
    int ai = pick_var(c, VK_ARR, 0);
    if (ai >= 0) {
      c->v[ai].used = 1;
      use_sumv = 1;
      count(P_ARRAY_ARG, 1);
      c->aw++;
      return mkex(fmt("await sumv(%s, %uu)", c->v[ai].name, 1 + rnd(3)), 1, 0, 0);
    }
  }
  if (r < 28) {
    int fi = pick_fn(c, RT_S, fl);
    if (fi >= 0) {
      Ex e = gen_call(c, fi, depth, fl);
      count(P_MEMBER, 1);
      if (chance(50))
        return mkex(fmt("(%s).a", e.s), e.aw, e.eff, 0);
      return mkex(fmt("(%s).b[%s]", e.s, index_cst()), e.aw, e.eff, 0);
    }
  }
  if (r < 40) {
    /* unsigned char, unsigned long long, double: converted */
    static const int rts[] = {RT_UC, RT_ULL, RT_D};
    static const int pos[] = {P_RET_NARROW, P_RET_WIDE, P_RET_DOUBLE};
    int k = (int)rnd(3);
    int fi = pick_fn(c, rts[k], fl);
    if (fi >= 0) {
      Ex e = gen_call(c, fi, depth, fl);
      count(pos[k], 1);
      if (rts[k] == RT_ULL && chance(50))
        return mkex(fmt("(unsigned)(%s >> %uu)", e.s, rnd(40)), e.aw, e.eff, 0);
      if (rts[k] == RT_D && chance(50))
        return mkex(fmt("(unsigned)(%s * 2.0)", e.s), e.aw, e.eff, 0);
      return mkex(fmt("(unsigned)%s", e.s), e.aw, e.eff, 0);
    }
  }
  int fi = pick_fn(c, RT_U, fl);
  if (fi < 0) {
    c->aw++;
    count(P_YIELD_EXPR, 1);
    return mkex(fmt("(unsigned)await ac_yield()"), 1, 0, 0);
  }
  return gen_call(c, fi, depth, fl);
}

static const char *arith_op(void) {
  static const char *const ops[] = {"+", "-", "*", "^", "&", "|", "+", "^", "/", "%", "<<", ">>"};
  return ops[rnd(12)];
}

static Ex gen_expr(Ctx *c, int depth, int fl) {
  if (depth <= 0)
    return chance(25) ? gen_await(c, -1, fl) : gen_leaf(c, fl);
  int r = (int)rnd(100);
  if (r < 22)
    return gen_await(c, depth, fl);
  if (r < 32)
    return gen_leaf(c, fl);
  if (r < 48) { /* arithmetic */
    int t[2] = {T_U, T_U};
    Ex a[2];
    gen_list(c, 2, t, depth - 1, fl, 40, a);
    const char *op = arith_op();
    if (a[0].cnst && a[1].cnst)
      op = "+"; /* not 2u ^ 5u (clang's -Wxor-used-as-pow) */
    char *s;
    if (!strcmp(op, "/") || !strcmp(op, "%"))
      s = fmt("(%s %s (%s | 1u))", a[0].s, op, a[1].s);
    else if (!strcmp(op, "<<") || !strcmp(op, ">>"))
      s = fmt("(%s %s (%s & 7u))", a[0].s, op, a[1].s);
    else
      s = fmt("(%s %s %s)", a[0].s, op, a[1].s);
    count(P_ARITH, a[0].aw || a[1].aw);
    return mkex(s, a[0].aw + a[1].aw, a[0].eff | a[1].eff, a[0].cnst && a[1].cnst);
  }
  if (r < 53) { /* unary */
    Ex a = chance(50) ? gen_await(c, depth - 1, fl) : gen_expr(c, depth - 1, fl);
    static const char *const f[] = {"(~%s)", "(-%s)", "(unsigned)(!%s)"};
    int k = (int)rnd(3);
    /* not ~ on a truth value cast to unsigned (gcc's -Wbool-operation) */
    if (k == 0 && (!strncmp(a.s, "((unsigned)(", 12) || !strncmp(a.s, "(unsigned)(", 11)))
      k = 1;
    count(P_UNARY, a.aw);
    /* ! only on primaries: !(a << b), !(c ? 1u : x) warn
     * (-Wint-in-bool-context); and not `== 0u`, which gcc judges on
     * (7u | x) (-Wtautological-compare) */
    if (k == 2 && (!a.prim || a.cnst))
      return mkex(fmt("(unsigned)(%s < 1u)", nonconst(a)), a.aw, a.eff, 0);
    return mkex(fmt(f[k], a.s), a.aw, a.eff, a.cnst);
  }
  if (r < 58) { /* a condition as a value */
    Ex a = gen_cond(c, depth - 1, fl);
    return mkex(fmt("((unsigned)%s)", a.s), a.aw, a.eff, a.cnst);
  }
  if (r < 68) { /* ?: */
    Ex k = gen_cond(c, depth - 1, fl);
    Ex x = chance(45) ? gen_await(c, depth - 1, fl) : gen_expr(c, depth - 1, fl);
    Ex y = chance(45) ? gen_await(c, depth - 1, fl) : gen_expr(c, depth - 1, fl);
    count(P_TERN_COND, k.aw);
    count(P_TERN_THEN, x.aw);
    count(P_TERN_ELSE, y.aw);
    count(P_TERN_BOTH, x.aw && y.aw);
    return mkex(fmt("(%s ? %s : %s)", k.s, x.s, y.s), k.aw + x.aw + y.aw, k.eff | x.eff | y.eff,
                k.cnst && x.cnst && y.cnst);
  }
  if (r < 76 && (fl & F_EFF)) { /* the comma operator */
    int k = c->sc_depth;
    if (k < 30) {
      int voidfn = -1;
      if (!c->fn->pure && chance(25)) {
        int cand[MAXFN], n = 0;
        for (int i = 0; i < nfn; i++)
          if (fns[i].ret == RT_V)
            cand[n++] = i;
        if (n)
          voidfn = cand[rnd((unsigned)n)];
      }
      if ((voidfn >= 0 || chance(30)) && !without[W_COMMA_DISCARD]) {
        /* (await f(...), e): the left value is discarded */
        c->sc_depth++;
        c->sc_ok[k] = 0;
        Ex l;
        if (voidfn >= 0) {
          l = gen_call(c, voidfn, depth, fl);
        } else {
          int fi = pick_fn(c, RT_U, fl);
          int yield = fi < 0 || chance(15);
          if (yield) {
            count(P_YIELD_EXPR, 1);
            c->aw++;
            l = mkex(fmt("await ac_yield()"), 1, 0, 0);
          } else {
            l = gen_call(c, fi, depth - 1, fl);
          }
          if (!yield && chance(25)) { /* ac_yield() is an int: not an arm next to an unsigned */
            /* (k ? await f() : await g(), e): both values discarded */
            Ex k2 = gen_cond(c, depth - 1, fl);
            int fj = pick_fn(c, RT_U, fl);
            Ex l2 = fj >= 0 ? gen_call(c, fj, depth - 1, fl) : mkex(fmt("0u"), 0, 0, 1);
            count(P_TERN_COND, k2.aw);
            count(P_TERN_THEN, l.aw);
            count(P_TERN_ELSE, l2.aw);
            count(P_TERN_BOTH, l.aw && l2.aw);
            count(P_TERN_DISCARD, 1);
            l = mkex(fmt("%s ? %s : %s", k2.s, l.s, l2.s), k2.aw + l.aw + l2.aw, k2.eff | l.eff | l2.eff, 0);
          }
        }
        Ex rr = chance(40) ? gen_await(c, depth - 1, fl) : gen_expr(c, depth - 1, fl);
        c->sc_depth--;
        if (voidfn >= 0)
          count(P_VOID_STMT, 1);
        count(P_COMMA_LHS, l.aw);
        count(P_COMMA_RHS, rr.aw);
        return mkex(fmt("(%s, %s)", l.s, rr.s), l.aw + rr.aw, l.eff | rr.eff, 0);
      }
      /* (sc = e1, sc op e2) */
      c->sc_depth++;
      c->sc_ok[k] = 0;
      Ex l = chance(60) ? gen_await(c, depth - 1, fl) : gen_expr(c, depth - 1, fl);
      c->sc_ok[k] = 1;
      Ex rr = chance(50) ? gen_await(c, depth - 1, fl) : gen_expr(c, depth - 1, fl);
      c->sc_ok[k] = 0;
      c->sc_depth--;
      c->fn->sc_used |= 1u << k;
      static const char *const ops[] = {"+", "^", "*", "-"};
      count(P_COMMA_LHS, l.aw);
      count(P_COMMA_RHS, rr.aw);
      return mkex(fmt("(sc%d = %s, (sc%d %s %s))", k, l.s, k, ops[rnd(4)], rr.s), l.aw + rr.aw, 1, 0);
    }
  }
  if (r < 82) { /* plain call with awaits in its arguments */
    int n = chance(50) ? 2 : 3;
    int t[3] = {T_U, T_U, T_U};
    Ex a[3];
    gen_list(c, n, t, depth - 1, fl, 55, a);
    int naw = 0, aw = 0, eff = 0;
    for (int i = 0; i < n; i++) {
      naw += a[i].aw > 0;
      aw += a[i].aw;
      eff |= a[i].eff;
    }
    count(P_PLAIN_ARG, naw > 0);
    count(P_MULTI_ARG, naw > 1);
    if (n == 2) {
      use_mix = 1;
      return mkex(fmt("mix(%s, %s)", a[0].s, a[1].s), aw, eff, 0);
    }
    use_mix3 = 1;
    return mkex(fmt("mix3(%s, %s, %s)", a[0].s, a[1].s, a[2].s), aw, eff, 0);
  }
  if (r < 88) { /* a member of a struct value */
    Ex s = gen_sexpr(c, depth - 1, fl);
    count(P_MEMBER, s.aw);
    if (chance(50))
      return mkex(fmt("(%s).a", s.s), s.aw, s.eff, 0);
    return mkex(fmt("(%s).b[%s]", s.s, index_cst()), s.aw, s.eff, 0);
  }
  if (r < 93) { /* an element of a local array at a computed index */
    int ai = pick_var(c, VK_ARR, 0);
    if (ai >= 0) {
      c->v[ai].used = 1;
      Ex i = chance(75) ? gen_await(c, depth - 1, fl) : gen_expr(c, depth - 1, fl);
      count(P_INDEX, i.aw);
      return mkex(fmt("%s[(%s) %% 3u]", c->v[ai].name, i.s), i.aw, i.eff, 0);
    }
  }
  return gen_await(c, depth, fl);
}

/* A truth value: a comparison or a logical combination of them. Never a
 * bare integer (gcc's -Wint-in-bool-context, clang's
 * -Wconstant-logical-operand). */
static Ex gen_cond(Ctx *c, int depth, int fl) {
  int r = (int)rnd(100);
  if (depth > 0 && r < 16) {
    Ex a = gen_cond(c, depth - 1, fl), b = gen_cond(c, depth - 1, fl);
    count(P_AND_LHS, a.aw);
    count(P_AND_RHS, b.aw);
    return mkex(fmt("(%s && %s)", a.s, b.s), a.aw + b.aw, a.eff | b.eff, a.cnst && b.cnst);
  }
  if (depth > 0 && r < 32) {
    Ex a = gen_cond(c, depth - 1, fl), b = gen_cond(c, depth - 1, fl);
    count(P_OR_LHS, a.aw);
    count(P_OR_RHS, b.aw);
    return mkex(fmt("(%s || %s)", a.s, b.s), a.aw + b.aw, a.eff | b.eff, a.cnst && b.cnst);
  }
  if (depth > 0 && r < 37) {
    Ex a = gen_cond(c, depth - 1, fl);
    count(P_NOT, a.aw);
    return mkex(fmt("(!%s)", a.s), a.aw, a.eff, a.cnst);
  }
  if (r < 47) {
    Ex a = chance(60) ? gen_await(c, depth - 1, fl) : gen_expr(c, depth - 1, fl);
    count(P_COMPARE, a.aw);
    unsigned m = 2 + rnd(3), v = rnd(2);
    return mkex(fmt("((%s %% %uu) == %uu)", a.s, m, v), a.aw, a.eff, a.cnst);
  }
  static const char *const ops[] = {"<", ">", "<=", ">=", "!=", "=="};
  const char *op = ops[rnd(6)];
  int t[2] = {T_U, T_U};
  Ex a[2];
  gen_list(c, 2, t, depth - 1, fl, 50, a);
  /* no comparison of an unsigned with a constant that may fold to 0, no
   * self-comparison (-Wtype-limits, -Wtautological-compare) */
  char *lhs = nonconst(a[0]), *rhs = nonconst(a[1]);
  if (strcmp(lhs, rhs) == 0)
    rhs = fmt("(%s + 1u)", rhs);
  count(P_COMPARE, a[0].aw || a[1].aw);
  return mkex(fmt("(%s %s %s)", lhs, op, rhs), a[0].aw + a[1].aw, a[0].eff | a[1].eff, 0);
}

/* A value of type struct S. */
static Ex gen_sexpr(Ctx *c, int depth, int fl) {
  int r = (int)rnd(100);
  if (r < 25) {
    int si = pick_var(c, VK_S, 0);
    if (si >= 0) {
      c->v[si].used = 1;
      return mkex(fmt("%s", c->v[si].name), 0, 0, 0);
    }
  }
  if (r < 65) {
    int fi = pick_fn(c, RT_S, fl);
    if (fi >= 0)
      return gen_call(c, fi, depth, fl);
  }
  if (r < 78 && depth > 0) {
    Ex k = gen_cond(c, depth - 1, fl);
    Ex x = gen_sexpr(c, depth - 1, fl), y = gen_sexpr(c, depth - 1, fl);
    count(P_TERN_COND, k.aw);
    count(P_TERN_THEN, x.aw);
    count(P_TERN_ELSE, y.aw);
    count(P_TERN_BOTH, x.aw && y.aw);
    count(P_TERN_STRUCT, x.aw || y.aw);
    return mkex(fmt("(%s ? %s : %s)", k.s, x.s, y.s), k.aw + x.aw + y.aw, k.eff | x.eff | y.eff, 0);
  }
  int t[4] = {T_U, T_U, T_U, T_U};
  Ex a[4];
  gen_list(c, 4, t, depth - 1, fl, 30, a);
  int aw = a[0].aw + a[1].aw + a[2].aw + a[3].aw;
  count(P_COMPOUND_LITERAL, aw);
  return mkex(fmt("((struct S){%s, {%s, %s, %s}})", a[0].s, a[1].s, a[2].s, a[3].s), aw,
              a[0].eff | a[1].eff | a[2].eff | a[3].eff, 0);
}

/* e without its outer parentheses, for a full condition. */
static char *bare(const char *s) {
  size_t n = strlen(s);
  if (n < 2 || s[0] != '(' || s[n - 1] != ')')
    return fmt("%s", s);
  int depth = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '(')
      depth++;
    else if (s[i] == ')' && --depth == 0 && i != n - 1)
      return fmt("%s", s); /* (a) op (b) */
    else if (s[i] == ',' && depth == 1)
      return fmt("%s", s); /* (a, b): the comma binds looser than = */
  }
  return fmt("%.*s", (int)(n - 2), s + 1);
}

/* The depth of an expression at statement level. */
static int ed(void) { return chance(30) ? 2 : 1; }

/* The flags an expression at statement level gets. */
static int top_fl(Ctx *c) { return c->fn->pure ? F_EFF : F_EFF | F_GREAD; }

/* ---- statements ---------------------------------------------------------- */
static void gen_stmt(Ctx *c, int depth);
static void gen_block_body(Ctx *c, int n, int depth);
static Ex cond_aw(Ctx *c, int depth, int pct);

static void open_block(Ctx *c) { c->blk++; }

/* Closes a block: every local of it nobody read is folded into h (no
 * -Wunused-variable / -Wunused-but-set-variable). */
static void close_block(Ctx *c) {
  for (int i = 0; i < c->nv; i++) {
    Var *v = &c->v[i];
    if (v->blk != c->blk || v->used)
      continue;
    switch (v->kind) {
    case VK_U: line(c, "h += %s;", v->name); break;
    case VK_ARR: line(c, "h += %s[2];", v->name); break;
    case VK_S: line(c, "h += %s.b[1];", v->name); break;
    case VK_PS: line(c, "h += %s->a;", v->name); break;
    default: line(c, "h += *%s;", v->name); break;
    }
    v->used = 1;
  }
  while (c->nv > 0 && c->v[c->nv - 1].blk == c->blk)
    c->nv--;
  c->blk--;
}

/* `{ n statements }` as a new scope. */
static void gen_braced(Ctx *c, int n, int depth, const char *head) {
  line(c, "%s{", head);
  c->ind++;
  open_block(c);
  gen_block_body(c, n, depth);
  close_block(c);
  c->ind--;
  line(c, "}");
}

static int aw_since(Ctx *c, int before) { return c->aw > before; }

/* Something to assign to: h, a local (or parameter) of kind *kind, or
 * what a pointer points to. For arrays and structs, the name only. */
static char *gen_lvalue(Ctx *c, int *kind) {
  /* through a pointer, when there is one */
  if (chance(35)) {
    int k = chance(50) ? VK_P : VK_PS;
    int i = pick_var(c, k, 1);
    if (i >= 0) {
      *kind = k;
      c->v[i].used = 1; /* the pointer itself is read */
      return k == VK_P ? fmt("*%s", c->v[i].name) : fmt("%s", c->v[i].name);
    }
  }
  for (int tries = 0; tries < 4; tries++) {
    int r = (int)rnd(100);
    if (r < 25) {
      *kind = VK_U;
      return fmt("h");
    }
    int k = r < 55 ? VK_U : r < 70 ? VK_ARR : r < 80 ? VK_S : r < 90 ? VK_P : VK_PS;
    int i = pick_var(c, k, 1);
    if (i < 0)
      continue;
    *kind = k;
    Var *v = &c->v[i];
    if (k == VK_P || k == VK_PS)
      v->used = 1; /* the pointer itself is read */
    switch (k) {
    case VK_P: return fmt("*%s", v->name);
    default: return fmt("%s", v->name);
    }
  }
  *kind = VK_U;
  return fmt("h");
}

static void stmt_assign(Ctx *c) {
  int kind;
  char *lv = gen_lvalue(c, &kind);
  int fl = top_fl(c);
  static const char *const ops[] = {"=", "+=", "-=", "*=", "^=", "|=", "+=", "^="};
  const char *op = ops[rnd(8)];
  Ex rhs;
  char *target;
  const char *dot = kind == VK_PS ? "->" : ".";
  if (kind == VK_U && chance(12)) {
    /* x = y = e: two different locals */
    int i = pick_var(c, VK_U, 1);
    if (i >= 0 && strcmp(c->v[i].name, lv) != 0) {
      rhs = chance(70) ? gen_await(c, ed(), fl) : gen_expr(c, ed(), fl);
      if (!strcmp(bare(rhs.s), c->v[i].name) || !strcmp(bare(rhs.s), lv))
        rhs.s = fmt("(%s + 1u)", rhs.s); /* not y = y (clang's -Wself-assign) */
      count(P_CHAIN_ASSIGN, rhs.aw);
      if (chance(50))
        line(c, "%s = %s = %s;", lv, c->v[i].name, bare(rhs.s));
      else
        line(c, "%s %s (%s = %s);", lv, strcmp(op, "=") ? op : "+=", c->v[i].name, bare(rhs.s));
      return;
    }
  }
  if (kind == VK_ARR || ((kind == VK_S || kind == VK_PS) && chance(50))) {
    /* an element at an index that may await too: index and right side are
     * unsequenced operands */
    int t[2] = {T_U, T_U};
    Ex a[2];
    if (chance(50)) {
      gen_list(c, 2, t, 1, fl, 50, a);
      count(P_INDEX, a[0].aw);
      target = kind == VK_ARR ? fmt("%s[(%s) %% 3u]", lv, a[0].s) : fmt("%s%sb[(%s) %% 3u]", lv, dot, a[0].s);
      rhs = a[1];
    } else {
      target = kind == VK_ARR ? fmt("%s[%s]", lv, index_cst()) : fmt("%s%sb[%s]", lv, dot, index_cst());
      rhs = chance(60) ? gen_await(c, ed(), fl) : gen_expr(c, ed(), fl);
    }
  } else if (kind == VK_S || kind == VK_PS) {
    target = fmt("%s%sa", lv, dot);
    rhs = chance(60) ? gen_await(c, ed(), fl) : gen_expr(c, ed(), fl);
  } else {
    target = lv;
    rhs = chance(60) ? gen_await(c, ed(), fl) : gen_expr(c, ed(), fl);
  }
  if (!strcmp(bare(rhs.s), target))
    op = "+="; /* not x = x, x |= x (clang's -Wself-assign) */
  if (!strcmp(op, "=") && !strcmp(target, "h"))
    op = "^="; /* keep h accumulating */
  count(strcmp(op, "=") ? P_COMPOUND_ASSIGN : P_ASSIGN, rhs.aw);
  if (kind == VK_P)
    count(P_PTR_WRITE, rhs.aw);
  if (kind == VK_PS)
    count(P_ARROW_WRITE, rhs.aw);
  line(c, "%s %s %s;", target, op, bare(rhs.s));
}

/* *p op= e, ps->m op= e when there is a pointer, else any assignment. */
static void stmt_ptr_write(Ctx *c) {
  int k = chance(65) ? VK_PS : VK_P;
  int i = pick_var(c, k, 1);
  if (i < 0)
    i = pick_var(c, k = k == VK_P ? VK_PS : VK_P, 1);
  if (i < 0) {
    stmt_assign(c);
    return;
  }
  Var *v = &c->v[i];
  v->used = 1;
  static const char *const ops[] = {"=", "+=", "^=", "*=", "-="};
  const char *op = ops[rnd(5)];
  Ex e = chance(75) ? gen_await(c, ed(), top_fl(c)) : gen_expr(c, ed(), top_fl(c));
  char *target = k == VK_P ? fmt("*%s", v->name)
                 : chance(50) ? fmt("%s->a", v->name)
                              : fmt("%s->b[%s]", v->name, index_cst());
  if (!strcmp(bare(e.s), target))
    op = "+=";
  count(strcmp(op, "=") ? P_COMPOUND_ASSIGN : P_ASSIGN, e.aw);
  count(k == VK_P ? P_PTR_WRITE : P_ARROW_WRITE, e.aw);
  line(c, "%s %s %s;", target, op, bare(e.s));
}

/* h = h * K + e: the usual way a value reaches the checksum. */
static void stmt_h(Ctx *c) {
  Ex e = chance(70) ? gen_await(c, ed(), top_fl(c)) : gen_expr(c, ed() + 1, top_fl(c));
  count(P_COMPOUND_ASSIGN, e.aw);
  if (chance(50))
    line(c, "h = (h * %uu) + %s;", 2 * rnd(50) + 3, e.s);
  else
    line(c, "h ^= %s;", bare(e.s));
}

/* The static local st of an effectful function: shared by its calls
 * (recursive ones too), so like g_trace it changes only in statements whose
 * other operands have no side effects. */
static void stmt_static(Ctx *c) {
  Ex e = chance(60) ? gen_await(c, ed(), F_GREAD) : gen_expr(c, ed(), F_GREAD);
  count(P_STATIC_LOCAL, e.aw);
  if (chance(50)) {
    line(c, "st = (st * 7u) + %s;", e.s);
    line(c, "h += st;");
  } else {
    line(c, "h ^= st = (st * 5u) ^ %s;", e.s);
  }
}

static void stmt_global(Ctx *c) {
  Ex e = chance(60) ? gen_await(c, ed(), F_GREAD) : gen_expr(c, ed(), F_GREAD);
  count(P_GLOBAL_WRITE, e.aw);
  line(c, "g_trace = (g_trace * 33u) + %s;", e.s);
}

static void stmt_expr(Ctx *c) {
  int fl = top_fl(c);
  int r = (int)rnd(100);
  if (r < 20) {
    count(P_YIELD_STMT, 1);
    c->aw++;
    line(c, "await ac_yield();");
    return;
  }
  if (r < 40 && !c->fn->pure) {
    int cand[MAXFN], n = 0;
    for (int i = 0; i < nfn; i++)
      if (fns[i].ret == RT_V)
        cand[n++] = i;
    if (n) {
      int fi = cand[rnd((unsigned)n)];
      if (chance(40) && !without[W_TERNARY_STMT]) {
        /* k ? await v(...) : await w(...);  (void operands) */
        Ex k = cond_aw(c, 1, 40);
        Ex e = gen_call(c, fi, 1, fl);
        char *other = chance(40) ? fmt("(void)0") : gen_call(c, cand[rnd((unsigned)n)], 1, fl).s;
        count(P_TERN_COND, k.aw);
        count(P_TERN_VOID, 1);
        count(P_VOID_STMT, 1);
        if (chance(50))
          line(c, "%s ? %s : %s;", k.s, e.s, other);
        else
          line(c, "%s ? %s : %s;", k.s, other, e.s);
        return;
      }
      Ex e = gen_call(c, fi, 2, fl);
      count(P_VOID_STMT, 1);
      line(c, "%s;", e.s);
      return;
    }
  }
  if (r < 65) { /* bump through a pointer to a local */
    char *target = NULL;
    int k = (int)rnd(5);
    int i = pick_var(c, k, 1);
    if (i >= 0) {
      Var *v = &c->v[i];
      switch (k) {
      case VK_U: target = fmt("&%s", v->name); break;
      case VK_ARR: target = chance(50) ? fmt("&%s[%s]", v->name, index_cst()) : fmt("%s", v->name); break;
      case VK_S: target = chance(50) ? fmt("&%s.a", v->name) : fmt("&%s.b[%s]", v->name, index_cst()); break;
      case VK_PS:
        target = chance(50) ? fmt("&%s->a", v->name) : fmt("&%s->b[%s]", v->name, index_cst());
        v->used = 1;
        break;
      default: target = fmt("%s", v->name); v->used = 1; break;
      }
    } else if (chance(50)) {
      target = fmt("&h");
    }
    if (target) {
      Ex e = chance(50) ? gen_await(c, 1, fl) : gen_expr(c, ed(), fl);
      use_bump = 1;
      c->aw++;
      count(P_ADDR_ARG, 1);
      count(P_NESTED, e.aw);
      line(c, "await bump(%s, %s);", target, bare(e.s));
      return;
    }
  }
  static const int rts[] = {RT_U, RT_U, RT_U, RT_U, RT_U, RT_S, RT_S, RT_UC, RT_ULL, RT_D};
  int fi = pick_fn(c, rts[rnd(10)], fl);
  if (fi < 0)
    fi = pick_fn(c, RT_U, fl);
  if (fi < 0) {
    count(P_YIELD_STMT, 1);
    c->aw++;
    line(c, "await ac_yield();");
    return;
  }
  Ex e = gen_call(c, fi, 2, fl);
  count(P_STMT, 1);
  line(c, chance(25) ? "(void)%s;" : "%s;", e.s);
}

static void stmt_decl_u(Ctx *c, int depth) {
  (void)depth;
  int n = chance(30) ? 2 : 1;
  const char *names[2];
  Buf b = {0};
  int fl = top_fl(c);
  int cnst = chance(15);
  bput(&b, cnst ? "const unsigned " : "unsigned ");
  for (int i = 0; i < n; i++) {
    const char *name = new_name(c, VK_U);
    if (!name || (i == 1 && !strcmp(name, names[0])))
      break;
    names[i] = name;
    int sh = shadows(c, name);
    hide(c, name, 1);
    Ex e = chance(60) ? gen_await(c, ed(), fl) : gen_expr(c, ed(), fl);
    hide(c, name, 0);
    count(i == 0 ? P_INIT : P_INIT_MULTI, e.aw);
    if (sh)
      count(P_SHADOW_INIT, e.aw);
    if (cnst)
      count(P_INIT_CONST, e.aw);
    bprintf(&b, "%s%s = %s", i ? ", " : "", name, bare(e.s));
    push_var(c, name, VK_U, cnst);
  }
  if (b.n > strlen("const unsigned ") || (!cnst && b.n > strlen("unsigned "))) {
    line(c, "%s;", b.s);
  }
  free(b.s);
}

static void stmt_decl_other(Ctx *c) {
  int fl = top_fl(c);
  int r = (int)rnd(5);
  if (r >= 3 && chance(30)) {
    /* a pointer to a compound literal, which lives as long as its block:
     * across the awaits that follow */
    const char *name = new_name(c, r == 3 ? VK_PS : VK_P);
    if (!name)
      return;
    int t[4] = {T_U, T_U, T_U, T_U};
    Ex a[4];
    hide(c, name, 1);
    gen_list(c, r == 3 ? 4 : 3, t, ed(), fl, 35, a);
    hide(c, name, 0);
    if (r == 3) {
      count(P_LITERAL_PTR, a[0].aw + a[1].aw + a[2].aw + a[3].aw);
      line(c, "struct S *%s = &(struct S){%s, {%s, %s, %s}};", name, bare(a[0].s), bare(a[1].s),
           bare(a[2].s), bare(a[3].s));
      push_var(c, name, VK_PS, 0);
    } else {
      count(P_LITERAL_PTR, a[0].aw + a[1].aw + a[2].aw);
      line(c, "unsigned *%s = (unsigned[3]){%s, %s, %s};", name, bare(a[0].s), bare(a[1].s),
           bare(a[2].s));
      push_var(c, name, VK_P, 0);
    }
    return;
  }
  if (r >= 3) {
    /* a pointer to a struct */
    int i = pick_var(c, VK_S, 1);
    const char *name = new_name(c, VK_PS);
    if (i >= 0 && name) {
      line(c, "struct S *%s = &%s;", name, c->v[i].name);
      push_var(c, name, VK_PS, 0);
      return;
    }
    r = 2;
  }
  if (r == 0) {
    const char *name = new_name(c, VK_ARR);
    if (!name)
      return;
    int t[3] = {T_U, T_U, T_U};
    Ex a[3];
    hide(c, name, 1);
    gen_list(c, 3, t, ed(), fl, 45, a);
    hide(c, name, 0);
    count(P_INIT_ARRAY, a[0].aw + a[1].aw + a[2].aw);
    if (shadows(c, name))
      count(P_SHADOW_INIT, a[0].aw + a[1].aw + a[2].aw);
    line(c, "unsigned %s[3] = {%s, %s, %s};", name, bare(a[0].s), bare(a[1].s), bare(a[2].s));
    push_var(c, name, VK_ARR, 0);
  } else if (r == 1) {
    const char *name = new_name(c, VK_S);
    if (!name)
      return;
    hide(c, name, 1);
    if (chance(35)) {
      int t[4] = {T_U, T_U, T_U, T_U};
      Ex a[4];
      gen_list(c, 4, t, ed(), fl, 40, a);
      count(P_INIT_STRUCT, a[0].aw + a[1].aw + a[2].aw + a[3].aw);
      line(c, "struct S %s = {%s, {%s, %s, %s}};", name, bare(a[0].s), bare(a[1].s), bare(a[2].s),
           bare(a[3].s));
    } else {
      Ex e = gen_sexpr(c, ed(), fl);
      count(P_INIT_STRUCT, e.aw);
      line(c, "struct S %s = %s;", name, bare(e.s));
    }
    hide(c, name, 0);
    push_var(c, name, VK_S, 0);
    const char *pname = new_name(c, VK_PS);
    if (pname && chance(40)) {
      line(c, "struct S *%s = &%s;", pname, name);
      push_var(c, pname, VK_PS, 0);
    }
  } else {
    const char *name = new_name(c, VK_P);
    if (!name)
      return;
    int k = (int)rnd(3);
    int i = pick_var(c, k, 1);
    char *target;
    if (i < 0) {
      target = fmt("&h");
    } else {
      Var *v = &c->v[i];
      switch (k) {
      case VK_U: target = fmt("&%s", v->name); break;
      case VK_ARR: target = fmt("&%s[%s]", v->name, index_cst()); break;
      default: target = chance(50) ? fmt("&%s.a", v->name) : fmt("&%s.b[%s]", v->name, index_cst()); break;
      }
    }
    line(c, "unsigned *%s = %s;", name, target);
    push_var(c, name, VK_P, 0);
  }
}

/* if (cond) with a braced or unbraced body, maybe an else. */
static void gen_simple(Ctx *c) {
  int r = (int)rnd(100);
  if (r < 40)
    stmt_h(c);
  else if (r < 70)
    stmt_assign(c);
  else
    stmt_expr(c);
}

static Ex cond_aw(Ctx *c, int depth, int pct) {
  if (chance((unsigned)pct)) {
    /* a comparison with an await right in it */
    Ex a = gen_await(c, depth, top_fl(c));
    static const char *const ops[] = {"<", ">", "<=", ">=", "!="};
    Ex b = gen_leaf(c, a.eff ? top_fl(c) & ~F_GREAD : top_fl(c));
    char *rhs = b.cnst ? fmt("(%s + h)", b.s) : b.s;
    count(P_COMPARE, 1);
    return mkex(fmt("(%s %s %s)", a.s, ops[rnd(5)], rhs), a.aw, a.eff, 0);
  }
  return gen_cond(c, depth, top_fl(c));
}

static void stmt_if(Ctx *c, int depth) {
  Ex k = cond_aw(c, ed(), 50);
  count(P_COND_IF, k.aw);
  if (chance(25)) {
    line(c, "if (%s)", bare(k.s));
    c->ind++;
    int before = c->aw;
    gen_simple(c);
    count(P_UNBRACED_BODY, aw_since(c, before));
    c->ind--;
    if (chance(40)) {
      line(c, "else");
      c->ind++;
      before = c->aw;
      gen_simple(c);
      count(P_UNBRACED_BODY, aw_since(c, before));
      c->ind--;
    }
    return;
  }
  gen_braced(c, 1 + (int)rnd(3), depth - 1, fmt("if (%s) ", bare(k.s)));
  if (chance(40)) {
    if (chance(30) && depth > 1) {
      /* else if */
      Ex k2 = cond_aw(c, ed(), 50);
      count(P_COND_IF, k2.aw);
      gen_braced(c, 1 + (int)rnd(2), depth - 1, fmt("else if (%s) ", bare(k2.s)));
    }
    gen_braced(c, 1 + (int)rnd(3), depth - 1, "else ");
  }
}

static void loop_body(Ctx *c, int depth, double iters, const char *head) {
  int before = c->aw;
  double m = c->mult;
  c->mult *= iters;
  c->loops++;
  int sw = c->switches;
  c->switches = 0;
  if (chance(15)) {
    /* unbraced body */
    line(c, "%s", head);
    c->ind++;
    gen_simple(c);
    c->ind--;
    count(P_UNBRACED_BODY, aw_since(c, before));
  } else {
    gen_braced(c, 1 + (int)rnd(4), depth - 1, fmt("%s ", head));
  }
  c->switches = sw;
  c->loops--;
  c->mult = m;
  count(P_LOOP_BODY, aw_since(c, before));
}

/* A loop counter readable (not writable) in the body. */
static void push_counter(Ctx *c, const char *name) {
  int i = push_var(c, name, VK_U, 1);
  c->v[i].used = 1;
}

static void stmt_loop(Ctx *c, int depth) {
  int k = ++c->ncount;
  int outer = c->loops == 0 && c->exit_label[0] == 0 && chance(40);
  if (outer) {
    snprintf(c->exit_label, sizeof c->exit_label, "out%d", k);
    c->exit_used = 0;
  }
  int r = (int)rnd(100);
  int fl = top_fl(c);
  if (r < 40) { /* for */
    char name[16];
    snprintf(name, sizeof name, "i%d", k);
    if (chance(65)) {
      Ex init = chance(60) ? gen_await(c, 1, fl) : gen_expr(c, 1, fl);
      count(P_FOR_INIT, init.aw);
      /* The step: i += 1 + e % 2 (0); then ", h ^= e" (1); then ", await
       * f()" (2); or only "await f()" (3), the condition counting (i++). */
      int fi = pick_fn(c, RT_U, fl);
      int form = chance(25) ? 1 : fi >= 0 && !without[W_STEP_DISCARD] && chance(20) ? (chance(40) ? 3 : 2) : 0;
      /* the counter is visible in the condition (unless it counts there)
       * and in the step */
      open_block(c);
      int ci = push_var(c, name, VK_U, 1);
      c->v[ci].used = 1;
      c->v[ci].hidden = form == 3;
      double m = c->mult;
      c->mult *= 4; /* the condition runs once more than the body */
      Ex lim = chance(60) ? gen_await(c, 1, fl) : gen_expr(c, 1, fl);
      c->v[ci].hidden = 0;
      /* (never generated and then dropped: it marks locals read, helpers
       * and functions used) */
      Ex step = form == 3 ? mkex(fmt("0u"), 0, 0, 1) : chance(50) ? gen_await(c, 1, fl) : gen_expr(c, 1, fl);
      char *more = fmt("");
      if (form == 1) {
        Ex e = chance(70) ? gen_await(c, 1, fl) : gen_expr(c, 1, fl);
        count(P_FOR_STEP_COMMA, e.aw);
        count(P_FOR_STEP, e.aw);
        more = fmt(", h ^= %s", e.s);
      } else if (form >= 2) {
        Ex e = gen_call(c, fi, 1, fl);
        count(P_FOR_STEP_COMMA, form == 2);
        count(P_FOR_STEP_DISCARD, 1);
        count(P_FOR_STEP, 1);
        more = form == 2 ? fmt(", %s", e.s) : e.s;
      } else {
        count(P_FOR_STEP, step.aw);
      }
      c->mult = m;
      count(P_FOR_COND, lim.aw);
      char *head;
      if (form == 3)
        head = fmt("for (unsigned %s = %s %% 2u; %s++ < 1u + (%s %% 3u); %s)", name, init.s, name, lim.s, more);
      else if (chance(50))
        head = fmt("for (unsigned %s = %s %% 2u; %s < 1u + (%s %% 3u); %s += 1u + (%s %% 2u)%s)", name, init.s,
                   name, lim.s, name, step.s, more);
      else
        head = fmt("for (%s = %s %% 2u; %s < 1u + (%s %% 3u); %s += 1u + (%s %% 2u)%s)", name, init.s, name,
                   lim.s, name, step.s, more);
      if (strstr(head, "for (unsigned") == NULL)
        line(c, "unsigned %s;", name);
      loop_body(c, depth, 3, head);
      close_block(c);
    } else {
      open_block(c);
      push_counter(c, name);
      double m = c->mult;
      c->mult *= 4;
      Ex k2 = cond_aw(c, 1, 50);
      c->mult = m;
      count(P_FOR_COND, k2.aw);
      loop_body(c, depth, 3, fmt("for (unsigned %s = 0u; %s < 3u && %s; %s++)", name, name, k2.s, name));
      close_block(c);
    }
  } else if (r < 70) { /* while */
    char name[16];
    snprintf(name, sizeof name, "w%d", k);
    line(c, "unsigned %s = 0u;", name);
    Ex e;
    char *head;
    double m = c->mult;
    c->mult *= 4;
    if (chance(50)) {
      e = chance(70) ? gen_await(c, 1, fl) : gen_expr(c, ed(), fl);
      head = fmt("while ((%s %% 4u) > %s++)", nonconst(e), name);
    } else {
      e = cond_aw(c, 1, 60);
      head = chance(50) ? fmt("while (%s++ < 3u && %s)", name, e.s) : fmt("while (%s && %s++ < 3u)", e.s, name);
    }
    c->mult = m;
    count(P_COND_WHILE, e.aw);
    open_block(c);
    push_counter(c, name);
    loop_body(c, depth, 3, head);
    close_block(c);
  } else { /* do-while */
    char name[16];
    snprintf(name, sizeof name, "w%d", k);
    line(c, "unsigned %s = 0u;", name);
    line(c, "do");
    open_block(c);
    push_counter(c, name);
    int before = c->aw;
    double m = c->mult;
    c->mult *= 3;
    c->loops++;
    int sw = c->switches;
    c->switches = 0;
    gen_braced(c, 1 + (int)rnd(4), depth - 1, "");
    c->switches = sw;
    c->loops--;
    c->mult = m;
    count(P_LOOP_BODY, aw_since(c, before));
    close_block(c);
    Ex e;
    c->mult *= 3;
    if (chance(50)) {
      e = chance(70) ? gen_await(c, 1, fl) : gen_expr(c, ed(), fl);
      line(c, "while ((%s %% 4u) > ++%s);", nonconst(e), name);
    } else {
      e = cond_aw(c, 1, 60);
      line(c, "while (++%s < 3u && %s);", name, e.s);
    }
    c->mult = m;
    count(P_COND_DO, e.aw);
  }
  if (outer) {
    if (c->exit_used)
      line(c, "%s:;", c->exit_label);
    c->exit_label[0] = 0;
  }
}

static void stmt_switch(Ctx *c, int depth) {
  Ex e = chance(70) ? gen_await(c, ed(), top_fl(c)) : gen_expr(c, ed(), top_fl(c));
  unsigned mod = 3 + rnd(3);
  count(P_COND_SWITCH, e.aw);
  line(c, "switch (%s %% %uu) {", e.s, mod);
  c->switches++;
  int ncase = 1 + (int)rnd(mod);
  unsigned used = 0;
  for (int i = 0; i < ncase; i++) {
    unsigned v = rnd(mod);
    if (used & (1u << v))
      continue;
    used |= 1u << v;
    line(c, "case %uu:", v);
    if (chance(20) && i + 1 < ncase)
      continue; /* several labels on one body */
    int before = c->aw;
    if (chance(30)) {
      /* statements right after the label, no block of their own */
      c->ind++;
      for (int n = 1 + (int)rnd(2); n > 0; n--)
        gen_simple(c);
      c->ind--;
      count(P_CASE_UNBRACED, aw_since(c, before));
    } else {
      gen_braced(c, 1 + (int)rnd(3), depth - 1, "");
    }
    count(P_CASE_BODY, aw_since(c, before));
    if (chance(25)) {
      /* falls through into the next label (or default) */
      count(P_FALLTHROUGH, aw_since(c, before));
      if (chance(75) || without[W_FALLTHROUGH_ATTR])
        line(c, "/* fallthrough */");
      else
        line(c, "__attribute__((fallthrough));");
    } else {
      line(c, "break;");
    }
  }
  line(c, "default:");
  if (chance(50)) {
    int before = c->aw;
    gen_braced(c, 1 + (int)rnd(2), depth - 1, "");
    count(P_CASE_BODY, aw_since(c, before));
  }
  line(c, "break;");
  c->switches--;
  line(c, "}");
}

static void stmt_goto(Ctx *c, int depth) {
  int k = ++c->nlabel;
  if (chance(50)) {
    /* forward over a block */
    Ex e = cond_aw(c, 1, 50);
    count(P_GOTO_COND, e.aw);
    line(c, "if (%s)", bare(e.s));
    line(c, "  goto skip%d;", k);
    gen_braced(c, 1 + (int)rnd(3), depth - 1, "");
    if (chance(50)) {
      line(c, "skip%d:", k);
      int before = c->aw;
      gen_simple(c);
      count(P_LABELLED_STMT, aw_since(c, before));
    } else {
      line(c, "skip%d:;", k);
    }
  } else {
    /* backward, bounded by a counter */
    line(c, "unsigned g%d = 0u;", k);
    line(c, "again%d:", k);
    int before = c->aw;
    double m = c->mult;
    c->mult *= 3;
    if (chance(50)) {
      gen_simple(c); /* the label is on this statement */
      count(P_LABELLED_STMT, aw_since(c, before));
    }
    gen_braced(c, 1 + (int)rnd(3), depth - 1, "");
    Ex e = cond_aw(c, 1, 50);
    c->mult = m;
    count(P_GOTO_COND, e.aw);
    count(P_GOTO_BACK, aw_since(c, before));
    line(c, "if (g%d++ < 2u && %s)", k, e.s);
    line(c, "  goto again%d;", k);
  }
}

static char *ret_expr(Ctx *c, int *aw) {
  int fl = top_fl(c);
  if (c->fn->ret == RT_S) {
    Ex e = gen_sexpr(c, ed(), fl);
    *aw = e.aw;
    count(P_RETURN_STRUCT, e.aw);
    return bare(e.s);
  }
  Ex e = chance(70) ? gen_await(c, ed(), fl) : gen_expr(c, ed(), fl);
  *aw = e.aw;
  switch (c->fn->ret) {
  case RT_UC: return fmt("(unsigned char)(h ^ %s)", e.s);
  case RT_ULL: return fmt("((unsigned long long)h << %uu) ^ %s", rnd(33), e.s);
  case RT_D: return fmt("(double)((h ^ %s) %% 1000u) * 0.5", e.s);
  default: return fmt("h ^ %s", e.s);
  }
}

static void stmt_jump(Ctx *c) {
  int r = (int)rnd(100);
  if (c->loops > 0 && r < 30) {
    Ex e = cond_aw(c, 1, 50);
    count(P_CONTINUE_COND, e.aw);
    line(c, "if (%s)", bare(e.s));
    line(c, "  continue;");
  } else if ((c->loops > 0 || c->switches > 0) && r < 60) {
    Ex e = cond_aw(c, 1, 50);
    count(P_BREAK_COND, e.aw);
    line(c, "if (%s)", bare(e.s));
    line(c, "  break;");
  } else if (c->exit_label[0] && c->loops > 0 && (r < 75 || chance(30))) {
    Ex e = cond_aw(c, 1, 50);
    count(P_GOTO_OUT, e.aw);
    line(c, "if (%s)", bare(e.s));
    line(c, "  goto %s;", c->exit_label);
    c->exit_used = 1;
  } else if (!c->is_main) {
    Ex e = cond_aw(c, 1, 40);
    count(P_COND_IF, e.aw);
    int aw = 0;
    if (c->fn->ret == RT_V) {
      line(c, "if (%s)", bare(e.s));
      line(c, "  return;");
    } else {
      char *v = ret_expr(c, &aw);
      count(P_RETURN_EARLY, aw);
      if (chance(50)) {
        line(c, "if (%s)", bare(e.s));
        line(c, "  return %s;", v);
      } else {
        line(c, "if (%s) {", bare(e.s));
        line(c, "  return %s;", v);
        line(c, "}");
      }
    }
  } else {
    stmt_h(c);
  }
}

static void stmt_print(Ctx *c) {
  int n = 1 + (int)rnd(3);
  int t[3] = {T_U, T_U, T_U};
  Ex a[3];
  gen_list(c, n, t, ed(), top_fl(c), 60, a);
  Buf b = {0};
  bprintf(&b, "printf(\"L%d", c->aw);
  for (int i = 0; i < n; i++)
    bput(&b, " %u");
  bput(&b, "\\n\"");
  int naw = 0;
  for (int i = 0; i < n; i++) {
    bprintf(&b, ", %s", bare(a[i].s));
    naw += a[i].aw > 0;
  }
  bput(&b, ");");
  count(P_PRINTF_ARG, naw > 0);
  count(P_PLAIN_ARG, naw > 0);
  count(P_MULTI_ARG, naw > 1);
  line(c, "%s", b.s);
  free(b.s);
}

static void gen_stmt(Ctx *c, int depth) {
  c->stmt_budget--;
  int r = (int)rnd(100);
  int nest = depth > 0 && c->stmt_budget > 0;
  if (r < 14)
    stmt_decl_u(c, depth);
  else if (r < 22)
    stmt_decl_other(c);
  else if (r < 34)
    stmt_h(c);
  else if (r < 42)
    stmt_assign(c);
  else if (r < 45)
    stmt_ptr_write(c);
  else if (r < 52)
    stmt_expr(c);
  else if (r < 54 && !c->fn->pure) {
    if (c->fn->has_static && chance(50))
      stmt_static(c);
    else
      stmt_global(c);
  }
  else if (r < 62 && nest)
    stmt_if(c, depth);
  else if (r < 72 && nest && c->loops < 2)
    stmt_loop(c, depth);
  else if (r < 77 && nest)
    stmt_switch(c, depth);
  else if (r < 81 && nest && c->loops < 2)
    stmt_goto(c, depth);
  else if (r < 85 && nest) {
    int before = c->aw;
    gen_braced(c, 1 + (int)rnd(3), depth - 1, "");
    count(P_BLOCK, aw_since(c, before));
  } else if (r < 93)
    stmt_jump(c);
  else if (c->is_main)
    stmt_print(c);
  else
    stmt_h(c);
}

static void gen_block_body(Ctx *c, int n, int depth) {
  for (int i = 0; i < n; i++)
    gen_stmt(c, depth);
}

/* ---- functions ------------------------------------------------------------ */
static const char *ret_type(int rt) {
  static const char *const names[] = {"unsigned", "struct S", "void", "unsigned char", "unsigned long long",
                                      "double"};
  return names[rt];
}

static char *params(const Fn *f) {
  Buf b = {0};
  bput(&b, "unsigned d");
  for (int i = 0; i < f->np; i++)
    bprintf(&b, ", unsigned a%d", i);
  if (f->sparam)
    bput(&b, ", struct S q0");
  return b.s;
}

static void gen_function(Fn *f) {
  Ctx *c = calloc(1, sizeof *c);
  c->fn = f;
  c->b = &f->body;
  c->ind = 1;
  c->mult = 1;
  c->stmt_budget = 4 + (int)rnd(6);
  push_var(c, "d", VK_U, 1);
  c->v[0].used = 1;
  for (int i = 0; i < f->np; i++) {
    char n[16];
    snprintf(n, sizeof n, "a%d", i);
    c->v[push_var(c, n, VK_U, 0)].used = 1;
  }
  if (f->sparam)
    c->v[push_var(c, "q0", VK_S, 0)].used = 1;
  c->blk = 1;
  if (!f->pure && chance(40)) {
    f->has_static = 1;
    line(c, "static unsigned st = %uu;", rnd(1000));
    stmt_static(c);
  }
  /* h is not in the table: it has its own statements */
  gen_block_body(c, c->stmt_budget, 3);
  /* body-level locals nobody read go into h; params stay visible */
  close_block(c);
  c->blk = 1;
  int aw = 0;
  if (f->ret == RT_V) {
    line(c, "g_trace = (g_trace * 7u) ^ h;");
  } else {
    char *e = ret_expr(c, &aw);
    count(P_RETURN, aw);
    line(c, "return %s;", e);
  }
  free(c);
}

/* Upper bound of the calls made by one call of f with depth d. */
static double bound(int fi, int d, double memo[MAXFN][8]) {
  if (d == 0)
    return 1;
  if (memo[fi][d] > 0)
    return memo[fi][d];
  double w = 1;
  Fn *f = &fns[fi];
  for (int i = 0; i < f->nsites; i++)
    w += f->site_mult[i] * bound(f->site_fn[i], d - 1, memo);
  if (w > 1e12)
    w = 1e12;
  memo[fi][d] = w;
  return w;
}

static void emit_function(Fn *f) {
  char *p = params(f);
  printf("static async %s %s(%s) {\n", ret_type(f->ret), f->name, p);
  printf("  unsigned h = d");
  for (int i = 0; i < f->np; i++)
    printf(" + a%d", i);
  if (f->sparam)
    printf(" + q0.b[2]");
  printf(";\n");
  for (int k = 0; k < 30; k++)
    if (f->sc_used & (1u << k))
      printf("  unsigned sc%d = 0u;\n", k);
  printf("  g_calls++;\n");
  printf("  if (d == 0u) {\n");
  if (rnd(3))
    printf("    await ac_yield();\n");
  switch (f->ret) {
  case RT_U: printf("    return h * 3u + %uu;\n", 1 + rnd(100)); break;
  case RT_S: printf("    return (struct S){h, {h + 1u, %uu, h * 5u}};\n", rnd(100)); break;
  case RT_UC: printf("    return (unsigned char)(h * 7u);\n"); break;
  case RT_ULL: printf("    return (unsigned long long)h * 4294967311u + %uu;\n", rnd(100)); break;
  case RT_D: printf("    return (double)(h %% 1000u) * 0.5;\n"); break;
  default: printf("    g_trace = (g_trace * 5u) + h;\n    return;\n"); break;
  }
  printf("  }\n");
  fputs(f->body.s ? f->body.s : "", stdout);
  printf("}\n\n");
  free(p);
}

static void usage(void) {
  fprintf(stderr, "usage: asyncgen SEED [--stats] [--without SHAPE]...\n"
                  "Writes a random async C program to stdout; --stats prints to stderr how\n"
                  "often each await position was used. --without leaves out a shape:\n"
                  "  comma_discard     (await f(), e): the left operand's value is discarded\n"
                  "  fallthrough_attr  __attribute__((fallthrough)); before a case label\n"
                  "                    (otherwise a /* fallthrough */ comment)\n"
                  "  ternary_stmt      k ? await v() : await w(); as a statement (void v, w)\n"
                  "  step_discard      a for step ending in an await whose value is discarded\n");
}

int main(int argc, char **argv) {
  int stats = 0;
  const char *seed_s = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--stats"))
      stats = 1;
    else if (!strcmp(argv[i], "--without") && i + 1 < argc) {
      int k;
      for (k = 0; k < NWITHOUT; k++)
        if (!strcmp(argv[i + 1], without_name[k]))
          break;
      if (k == NWITHOUT) {
        fprintf(stderr, "asyncgen: unknown shape %s\n", argv[i + 1]);
        return 2;
      }
      without[k] = 1;
      i++;
    }
    else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      usage();
      return 0;
    } else if (!seed_s)
      seed_s = argv[i];
    else {
      usage();
      return 2;
    }
  }
  if (!seed_s) {
    usage();
    return 2;
  }
  char *end;
  unsigned long long seed = strtoull(seed_s, &end, 10);
  if (*end) {
    usage();
    return 2;
  }
  rng_state = seed * 0x2545f4914f6cdd1dull + 0x1234567ull;
  (void)next64();

  /* the functions: f0 is pure and returns unsigned, so every expression
   * has something to await */
  nfn = 3 + (int)rnd(4);
  for (int i = 0; i < nfn; i++) {
    Fn *f = &fns[i];
    snprintf(f->name, sizeof f->name, "f%d", i);
    f->pure = i == 0 || chance(50);
    int r = (int)rnd(100);
    f->ret = i == 0 ? RT_U : r < 45 ? RT_U : r < 62 ? RT_S : r < 78 ? RT_V : r < 85 ? RT_UC : r < 93 ? RT_ULL : RT_D;
    if (f->ret == RT_V)
      f->pure = 0; /* a void function is called for its effect */
    f->np = (int)rnd(3) + (i == 0);
    f->sparam = chance(25);
  }
  for (int i = 0; i < nfn; i++)
    gen_function(&fns[i]);

  /* main */
  Fn *m = &mainfn;
  snprintf(m->name, sizeof m->name, "main");
  Ctx *c = calloc(1, sizeof *c);
  c->fn = m;
  c->is_main = 1;
  c->b = &m->body;
  c->ind = 1;
  c->mult = 1;
  c->blk = 1;
  int nstmt = 6 + (int)rnd(7);
  c->stmt_budget = nstmt * 2;
  for (int i = 0; i < nstmt; i++) {
    gen_stmt(c, 3);
    if (chance(30))
      line(c, "printf(\"%d: h=%%u trace=%%u\\n\", h, g_trace);", i);
  }
  /* every function is called by someone else than itself */
  for (int i = 0; i < nfn; i++) {
    if (fns[i].refs)
      continue;
    Ex e = gen_call(c, i, 1, top_fl(c));
    if (fns[i].ret == RT_V)
      line(c, "%s;", e.s);
    else if (fns[i].ret == RT_S)
      line(c, "h ^= (%s).b[1];", e.s);
    else if (fns[i].ret == RT_U)
      line(c, "h ^= %s;", e.s);
    else
      line(c, "h ^= (unsigned)%s;", e.s);
  }
  close_block(c);
  c->blk = 1;
  line(c, "printf(\"h=%%u trace=%%u\\n\", h, g_trace);");
  line(c, "printf(\"calls=%%u\\n\", g_calls);");
  line(c, "return (int)((h ^ g_trace ^ g_calls) %% 101u);");

  /* the depth main starts with: the largest that keeps the bound small */
  int d0 = 1;
  double wd[6] = {0};
  for (int d = 1; d <= 5; d++) {
    double memo[MAXFN][8] = {{0}};
    double w = 0;
    for (int i = 0; i < m->nsites; i++)
      w += m->site_mult[i] * bound(m->site_fn[i], d, memo);
    wd[d] = w;
    if (w <= CALL_BOUND)
      d0 = d;
    else
      break;
  }

  printf("/* asyncgen seed %llu: %d functions, D0 = %d (at most %.0f calls) */\n", seed, nfn, d0, wd[d0]);
  printf("#include <stdio.h>\n\n#define D0 %du\n\n", d0);
  printf("struct S {\n  unsigned a;\n  unsigned b[3];\n};\n\n");
  printf("static unsigned g_trace = 1u; /* folded by effectful functions, in order */\n");
  printf("static unsigned g_calls;      /* calls of generated functions */\n\n");
  if (use_mix || use_mix3)
    printf("static unsigned mix(unsigned a, unsigned b) { return (a * 2654435761u) ^ (b + 0x9e3779b9u); }\n");
  if (use_mix3)
    printf("static unsigned mix3(unsigned a, unsigned b, unsigned c) { return mix(mix(a, b), c); }\n");
  if (use_bump)
    printf("static async void bump(unsigned *p, unsigned v) {\n  unsigned old = *p;\n  await ac_yield();\n"
           "  *p = (old * 3u) + v;\n}\n");
  if (use_sumv)
    printf("static async unsigned sumv(const unsigned *v, unsigned n) {\n  unsigned s = 0u;\n"
           "  for (unsigned i = 0u; i < n; i++) {\n    await ac_yield();\n    s = (s * 7u) + v[i];\n  }\n"
           "  return s;\n}\n");
  printf("\n");
  for (int i = 0; i < nfn; i++) {
    char *p = params(&fns[i]);
    printf("static async %s %s(%s);\n", ret_type(fns[i].ret), fns[i].name, p);
    free(p);
  }
  printf("\n");
  for (int i = 0; i < nfn; i++)
    emit_function(&fns[i]);
  printf("async int main(void) {\n  unsigned h = 1u;\n");
  for (int k = 0; k < 30; k++)
    if (m->sc_used & (1u << k))
      printf("  unsigned sc%d = 0u;\n", k);
  fputs(m->body.s, stdout);
  printf("}\n");

  if (stats)
    for (int i = 0; i < NPOS; i++)
      /* positions that only a left-out shape has */
      if (!(i == P_TERN_VOID && without[W_TERNARY_STMT]) && !(i == P_TERN_DISCARD && without[W_COMMA_DISCARD]) &&
          !(i == P_FOR_STEP_DISCARD && without[W_STEP_DISCARD]))
        fprintf(stderr, "%s %lu\n", posname[i], pos_count[i]);
  return 0;
}
