// expect: 2:24: error: stray '@' in program
/* héllo */ int x = 1 @;
