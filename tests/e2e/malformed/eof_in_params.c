// expect: 2:13: error: unexpected end of input
int f(int a,
