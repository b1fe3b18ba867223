// expect: 2:24: error: expected ',' or ')' before '{'
int f(int x) { if ((x) { return 1; } return 0; }
