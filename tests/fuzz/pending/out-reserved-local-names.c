/* pending (minor): the output does not compile: a local or parameter
 * named like the translator's own names (ac__F, ac__h, ac__self) collides
 * with them: "duplicate member 'ac__h'", "'ac__F' redeclared as different
 * kind of symbol". Such names are not reserved by C; either diagnose them
 * ("names starting with ac__ are reserved") or document it.
 * The input with async/await erased compiles. */
async int h(void);
async int f(void) { int ac__F = 1, ac__h = 2; return ac__F + ac__h + await h(); }
async int g(int ac__self) { return ac__self + await h(); }
