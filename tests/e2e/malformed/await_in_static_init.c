// expect: 4:18: error: 'await' in the initialiser of a static variable (it must be constant)
async int h(void);
async int f(void) {
  static int s = await h();
  return s;
}
