/* pending: the output does not compile (tests/fuzz/check-outputs.sh).
 * asyncc out-array-typedef-init.c -o out.c; gcc -fsyntax-only -I runtime/include out.c
 * -> error: assignment to expression with array type: a local of an array
 * type named by a typedef, with a brace initializer, is lowered to an
 * assignment (a plain `int a[3] = {1}` works). The erased input compiles. */
async int h(void);
typedef int A3[3];
async int f(void) { A3 a = {1}; a[0] += await h(); return a[0]; }
