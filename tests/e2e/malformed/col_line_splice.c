// expect: 3:5: error: stray '@' in program
int x = 1 + \
  2 @;
