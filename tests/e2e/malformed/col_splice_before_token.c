// expect: 3:4: error: stray '@' in program
int x = 1; int y = 2 \
   @;
