/* pending: the output does not compile (tests/fuzz/check-outputs.sh).
 * asyncc out-const-return.c -o out.c; gcc -fsyntax-only -I runtime/include out.c
 * -> error: assignment of read-only member 'ac__result': the frame's result
 * member keeps the qualifier of the return type (const int). The return
 * type's qualifiers should be dropped there (they mean nothing on an rvalue).
 * The input with async/await erased compiles. */
async int h(void);
async const int f(void) { return await h(); }
