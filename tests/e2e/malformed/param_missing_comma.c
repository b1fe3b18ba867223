// expect: 2:13: error: expected ')' before 'b'
int f(int a b);
