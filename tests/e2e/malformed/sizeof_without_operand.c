// expect: 2:28: error: expected expression before ';'
int f(void) { return sizeof; }
