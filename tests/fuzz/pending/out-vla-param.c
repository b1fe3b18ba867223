/* pending: the output does not compile (tests/fuzz/check-outputs.sh).
 * asyncc out-vla-param.c -o out.c; gcc -fsyntax-only -I runtime/include out.c
 * -> error: 'ac__F' undeclared here (not in a function): the parameter
 * int a[n] (a pointer) is stored in the frame with its bound n as
 * ac__F->n. The input with async/await erased compiles. */
async int h(void);
async int f(int n, int a[n]) { return a[0] + await h(); }
