// expect: 2:12: error: stray '@' in program
int x =		1 @;
