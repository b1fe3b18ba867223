// expect: 5:11: error: 'await' in an operand of '__builtin_choose_expr', which may not be evaluated
async int h(int v);
async int f(void) {
  /* the arm not chosen is never evaluated in C: its await cannot run */
  int a = __builtin_choose_expr(0, await h(1), 5);
  return a;
}
