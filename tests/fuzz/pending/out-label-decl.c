/* pending: the output does not compile (tests/fuzz/check-outputs.sh).
 * asyncc out-label-decl.c -o out.c; gcc -fsyntax-only -I runtime/include out.c
 * -> error: expected declaration or statement before '}' token: the local
 * label declaration comes out as "{ ... __label__ out;}{ ...", in a block
 * of its own that closes before the label's uses.
 * The input with async/await erased compiles. */
async int h(void);
async int f(void) { __label__ out; await h(); goto out; out: return 0; }
