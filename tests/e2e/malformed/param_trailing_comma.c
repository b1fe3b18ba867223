// expect: 2:12: error: unexpected ')'
int f(int, );
