// expect: 2:35: error: expected ',' or ']' before ';'
int f(int a[2][3]) { return a[1][2; }
