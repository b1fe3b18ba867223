/* pending: the output does not compile (tests/fuzz/check-outputs.sh).
 * asyncc out-local-type-shadows-file-scope.c -o out.c; gcc -fsyntax-only -I runtime/include out.c
 * -> error: redefinition of 'struct q' / conflicting types for 'T': a local
 * tag or typedef that shadows a file-scope one is hoisted to file scope,
 * next to it. docs/language.md (Known limits) names the clash of two async
 * functions' local types; shadowing a file-scope type is the same clash
 * within a single function, with no diagnostic. Either rename hoisted
 * types, or diagnose, or document. The erased input compiles. */
async int h(void);
struct q { int x; };
typedef int T;
async int f(void) { struct q { double d; } s = {1}; s.d += await h(); return (int)s.d; }
async int g(void) { typedef double T; T t = 1; t += await h(); return (int)t; }
