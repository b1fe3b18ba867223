// expect: 2:18: error: stray '@' in program
int x = __LINE__ @;
