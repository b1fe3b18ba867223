// expect: 3:16: error: expected ',' or ')' at end of input
int f(void) {
  return (1 + 2
