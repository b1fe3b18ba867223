// expect: 3:7: error: stray '@' in program
int x;
int y;@