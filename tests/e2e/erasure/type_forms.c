/* Declarations whose types are written in less common ways, living across
 * awaits: typeof of locals, parameters and expressions, __auto_type, an
 * array parameter with a parameter bound, a const result, a struct and an
 * enum defined with two declarators, an array typedef with braces, a bound
 * computed with sizeof of a local, a static assertion on locals, GNU local
 * labels, a typedef of an async function type. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static async const int konst(int v) { return await yv(v) + 1; }

static async int vla_param(int n, int a[n]) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += a[i] * await yv(1);
  return s;
}

static async double typeofs(int p) {
  int v = await yv(3);
  __typeof__(v) w = v + 1;
  __typeof__(p + 0.5) d = p;
  int arr[3] = {1, 2, 3};
  __typeof__(arr) copy;
  for (int i = 0; i < 3; i++)
    copy[i] = arr[i] * await yv(2);
  __typeof__(p) q = p;
  __typeof__(w) *pw = &w;
  d += await yv(1);
  return w + d + copy[0] + copy[1] + copy[2] + q + *pw;
}

static int twice(int v) { return 2 * v; }

/* __auto_type converts as an initialiser does: arrays and functions to
 * pointers, qualifiers dropped. */
static async int auto_types(void) {
  __auto_type a = 1;
  __auto_type b = await yv(2) * 1.5;
  __auto_type c = (short)await konst(3);
  __auto_type s = "abcd";
  __auto_type fp = twice;
  const int ci = 3;
  __auto_type c2 = ci;
  c2 += await yv(1);
  a += await yv(1);
  return a + (int)b + c + (int)sizeof c + (int)sizeof s + fp(c2) + (s[3] == 'd');
}

static async int two_declarators(void) {
  struct q { int x; } s = {1}, *p = &s;
  struct { int lo, hi; } r = {2, 3}, *pr = &r;
  enum e { A = 5, B } v = A, u = B;
  p->x += await yv(10);
  pr->hi += await yv(20);
  v += await yv(0);
  return s.x + r.lo + r.hi + (int)v + (int)u;
}

typedef int A3[3];

static int count(const char **p) {
  int n = 0;
  while (*p++)
    n++;
  return n;
}

/* Arrays of pointers to const keep their type; const arrays and structs
 * are initialised once. */
static async int const_arrays(void) {
  const char *names[] = {"a", "b", "c", 0};
  const int tbl[3] = {1, 2, 3};
  const struct { int x; } cs = {4};
  const int *pt = tbl;
  int n = await yv(count(names));
  return n * 100 + pt[2] * 10 + cs.x;
}

static async int array_typedef(void) {
  A3 a = {4};
  int m[4];
  char b[sizeof m / sizeof m[0]];
  _Static_assert(sizeof b == 4 && sizeof a == 3 * sizeof(int), "checked with the locals' types");
  for (int i = 0; i < (int)sizeof b; i++)
    b[i] = (char)await yv(i);
  a[1] += await yv(5);
  return a[0] + a[1] + a[2] + b[3] + (int)sizeof b;
}

#define TWICE(x) { __label__ done; int t = await yv(x); if (t > 1) goto done; n += 100; done: n += t; }

static async int local_labels(void) {
  __label__ out;
  int n = 0;
  TWICE(1)
  TWICE(2)
  void *where = &&out;
  n += await yv(3);
  goto *where;
  n = -1;
out:
  return n;
}

/* A typedef of an async function type declares pointers to such
 * functions. */
typedef async int afn(int);

static async int apply(afn *f, int v) { return await f(v); }

static async int fn_typedef(void) {
  afn *fs[2] = {konst, yv};
  afn *one = konst;
  return await apply(fs[0], 5) + await apply(fs[1], 5) + await one(1);
}

async int main(void) {
  int ints[4] = {1, 2, 3, 4};
  printf("%d %d %.1f %d\n", await konst(4), await vla_param(4, ints), await typeofs(5), await fn_typedef());
  printf("%d %d %d %d %d\n", await auto_types(), await two_declarators(), await array_typedef(),
         await local_labels(), await const_arrays());
  return 0;
}
