// expect: 4:7: error: 'ac__F': names beginning with 'ac__' are reserved for asyncc in async functions
async int h(void);
async int f(void) {
  int ac__F = 1;
  return ac__F + await h();
}
