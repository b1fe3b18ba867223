// expect: 2:13: error: expected ',' or ')' before 'b'
int f(int a b);
