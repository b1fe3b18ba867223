// expect: 5:3: error: the value of 'await' is not an lvalue
async int h(void);
async int f(void) {
  int *p = 0;
  await h() = 1;
  return p == 0;
}
