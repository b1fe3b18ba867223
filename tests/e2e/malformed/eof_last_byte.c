// expect: 2:12: error: unexpected end of input
int x = 1 +