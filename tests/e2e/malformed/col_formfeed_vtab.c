// expect: 2:16: error: stray '@' in program
int x = 1;   @
