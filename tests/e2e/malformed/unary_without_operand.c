// expect: 2:28: error: unexpected ';'
int f(int x) { return x +* ; }
