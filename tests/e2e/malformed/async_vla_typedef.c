// expect: 4:15: error: variable-length array type 'T' in an async function (a frame has a fixed size)
async int h(void);
async int f(void) {
  typedef int T[await h()];
  return 0;
}
