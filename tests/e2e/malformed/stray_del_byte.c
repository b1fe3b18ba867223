// expect: 2:11: error: stray '\177' in program
int x = 1 ;
