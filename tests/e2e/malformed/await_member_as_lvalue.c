// expect: 4:22: error: the value of 'await' is not an lvalue
struct S { int x; struct { int y; } in; };
async struct S h(void);
async int f(void) { (await h()).in.y = 1; return (await h()).x; }
