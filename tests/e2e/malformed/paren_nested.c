// expect: 2:26: error: expected ',' or ')' before ';'
int f(void) { return ((1); }
