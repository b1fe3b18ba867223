/* pending (minor): valid code rejected. A pointer declared through a
 * typedef of an async function TYPE (afn *p) is not recognised as a pointer
 * to an async function: "error: 'await' needs a call of an async function".
 * A typedef of the POINTER type (typedef async int (*afp)(void)) works.
 * docs/language.md (Known limits) lists the recognised forms; either
 * recognise this one or list it there. */
async int h(void);
typedef async int afn(void);
async int f(void) { afn *p = h; return await p(); }
async int g(afn *p) { return await p(); }
