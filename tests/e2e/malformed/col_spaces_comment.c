// expect: 2:26: error: stray '@' in program
int x =     1   /* c */  @;
