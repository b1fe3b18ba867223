/* pending: valid code rejected. asyncc reports
 *   error: variable-length array 'b' in an async function (a frame has a fixed size)
 * but sizeof a / sizeof a[0] is an integer constant expression (a is int[4],
 * not a VLA), so b is not a VLA. (char b[sizeof(int)], b[N] with an enum N,
 * and sizeof of a global array are accepted.) Should translate. */
async int h(void);
async int f(void) { int a[4]; char b[sizeof a / sizeof a[0]]; b[0] = await h(); return b[0] + a[0]; }
