// expect: 2:28: error: expected ',' or ':' before ';'
int f(int x) { return x ? 1; }
