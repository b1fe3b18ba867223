/* pending: the output does not compile (tests/fuzz/check-outputs.sh).
 * asyncc out-struct-def-two-declarators.c -o out.c; gcc -fsyntax-only -I runtime/include out.c
 * -> error: redefinition of 'struct q': a local declaration that defines
 * a struct and has two declarators is written into the frame struct once
 * per declarator ("struct q{int x;}s;struct q{int x;}*p;").
 * The input with async/await erased compiles. */
async int h(void);
async int f(void) { struct q { int x; } s = {1}, *p = &s; p->x += await h(); return s.x; }
/* The same for an enum: "redeclaration of 'enum e'". */
async int g(void) { enum e { A, B } v = A, w = B; v += await h(); return v + w; }
