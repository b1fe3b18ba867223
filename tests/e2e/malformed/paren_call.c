// expect: 3:22: error: expected ',' or ')' before ';'
int f(int, int);
void g(void) { f(1, 2; }
