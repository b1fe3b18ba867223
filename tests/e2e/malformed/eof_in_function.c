// expect: 4:13: error: unexpected end of input
int f(void) {
  if (1) {
  int x = 1;
