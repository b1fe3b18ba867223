/* pending: the output does not compile (tests/fuzz/check-outputs.sh).
 * asyncc out-typeof-local.c -o out.c; gcc -fsyntax-only -I runtime/include out.c
 * -> error: 'ac__F' undeclared here (not in a function): the frame struct
 * declares w as __typeof__(ac__F->v), at file scope. The same for typeof
 * of an expression of locals, of a local array, and of a parameter.
 * The input with async/await erased compiles. */
async int h(void);
async int f(void) { int v = await h(); __typeof__(v) w = v; return w; }
async int f2(void) { int a = 1; __typeof__(a + 1.0) d = a; d += await h(); return (int)d; }
async int f3(void) { int a[3] = {0}; __typeof__(a) b; b[0] = await h(); return b[0] + a[0]; }
async int f4(int p) { __typeof__(p) q = p; q += await h(); return q; }
