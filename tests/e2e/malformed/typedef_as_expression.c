// expect: 3:22: error: expected expression before 'T'
typedef int T;
int f(void) { return T + 1; }
