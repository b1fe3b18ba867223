// expect: 2:28: error: unexpected ';'
int f(void) { return sizeof; }
