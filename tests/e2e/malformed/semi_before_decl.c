// expect: 4:3: error: expected ';' or ',' before 'int'
int sum(void) {
  int a = 1
  int b = 2;
  return a + b;
}
