// expect: 5:3: error: 'await' in a case label (it must be constant)
async int h(void);
async int f(int v) {
  switch (v) {
  case await h():
    return 1;
  }
  return 0;
}
