// expect: 2:18: error: expected expression at end of input
int a[] = { 1, 2,
