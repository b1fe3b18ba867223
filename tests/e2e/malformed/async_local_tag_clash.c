// expect: 5:3: error: tag 'q' declared in an async function moves to file scope, where the name is already taken: rename it
async int h(void);
struct q { int x; };
async int f(void) {
  struct q { double d; } s = {1};
  s.d += await h();
  return (int)s.d;
}
