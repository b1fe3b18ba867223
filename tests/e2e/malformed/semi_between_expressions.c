// expect: 2:30: error: expected ';' before 'x'
int f(void) { int x = 1; x++ x; return x; }
