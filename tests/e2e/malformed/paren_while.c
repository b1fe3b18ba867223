// expect: 2:22: error: expected '(' before 'x'
int f(int x) { while x > 0) x--; return x; }
