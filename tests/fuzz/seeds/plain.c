# 1 "p.c"
typedef int T; enum e { A = 1, B = A << 2 }; union u { T t; char c[4]; };
static inline int h(T (*fp)(T), T t) { return t > 0 ? fp(t - 1) : sizeof(union u); }
_Static_assert(B == 4, "b");
int x = _Generic(1.0, double: 1, default: 0);
