// expect: 2:18: error: unexpected end of input
int a[] = { 1, 2,
