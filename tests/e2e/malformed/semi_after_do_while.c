// expect: 2:34: error: expected ';' before 'return'
int f(int x) { do x--; while (x) return x; }
