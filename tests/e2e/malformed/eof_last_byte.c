// expect: 2:12: error: expected expression at end of input
int x = 1 +