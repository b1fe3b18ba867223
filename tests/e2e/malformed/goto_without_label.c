// expect: 2:20: error: expected identifier before ';'
int f(int x) { goto; }
