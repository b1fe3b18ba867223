// expect: 4:10: error: 'await' in an operand of '__builtin_constant_p', which may not be evaluated
async int h(int v);
async int f(void) {
  return __builtin_constant_p(await h(3));
}
