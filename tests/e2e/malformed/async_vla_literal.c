// expect: 4:12: error: variable-length compound literal in an async function (a frame has a fixed size)
async int h(void);
async int f(int n) {
  int *p = (int[n]){};
  return p[0] + await h();
}
