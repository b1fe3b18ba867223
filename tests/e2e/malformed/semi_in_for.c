// expect: 2:33: error: expected ';' before ')'
int f(int x) { for (x = 0; x < 3) {} return x; }
