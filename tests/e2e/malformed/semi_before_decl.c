// expect: 3:12: error: expected ';' before 'int'
int sum(void) {
  int a = 1
  int b = 2;
  return a + b;
}
