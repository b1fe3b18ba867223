// expect: 2:20: error: expected identifier, type name or '*' before ';'
int f(int x) { goto; }
