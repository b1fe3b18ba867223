/* pending: the output does not compile, and contains the word 'await':
 * asyncc out-await-in-local-typedef.c -o out.c; gcc -fsyntax-only -I runtime/include out.c
 * -> error: 'await' undeclared here (not in a function). The block-scope
 * typedef of a variable-length array type is hoisted to file scope as it
 * is, await included. A VLA type in an async function should get the VLA
 * diagnostic (as a VLA object does), or 'await' in a type the error of
 * await in an operand that is not evaluated. The erased input compiles. */
async int h(void);
async int f(void) { typedef int T[await h()]; return 0; }
