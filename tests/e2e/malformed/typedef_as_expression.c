// expect: 3:22: error: unexpected 'T'
typedef int T;
int f(void) { return T + 1; }
