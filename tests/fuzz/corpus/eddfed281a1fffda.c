# 1 "t.c"
typedef int A3[3];
struct pt { int x, y; };
static async const int h(int v) { return v; }
static async int k(int n, int a[n], const int *p) {
  __typeof__(n) m = n;
  __typeof__(a[0] + 0.5) d = await h(m);
  __auto_type z = await h(2) * 1.5;
  struct q { int x; } s = {1}, *ps = &s;
  enum e { E0, E1 } u = E1, w = E0;
  A3 arr = {4};
  char b[sizeof arr / sizeof arr[0]];
  int *lit = (int[]){1, 2, await h(3)};
  struct pt *pp = &(struct pt){.y = 2};
  b[0] = (char)await h(p[0]);
  { __label__ done; if (m) goto done; m++; done:; }
  return (int)d + (int)z + ps->x + u + w + arr[0] + b[0] + lit[2] + pp->y + await k(n, a, (const int[]){5});
}
