// expect: 6:18: error: name 'T' declared in an async function moves to file scope, where the name is already taken: rename it
async int h(void);
async int f(void) { typedef int T; T t = await h(); return t; }
async int g(void) {
  /* f's T went to file scope already */
  typedef double T;
  T t = 1;
  t += await h();
  return (int)t;
}
