/* pending: the output does not compile (tests/fuzz/check-outputs.sh).
 * asyncc out-auto-type.c -o out.c; gcc -fsyntax-only -I runtime/include out.c
 * -> error: expected specifier-qualifier-list before '__auto_type': the
 * local's declaration is copied into the frame struct as is.
 * The input with async/await erased compiles. */
async int h(void);
async int f(void) { __auto_type a = 1; int b = await h(); return a + b; }
