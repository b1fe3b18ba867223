// expect: 2:28: error: expected ':' before ';'
int f(int x) { return x ? 1; }
