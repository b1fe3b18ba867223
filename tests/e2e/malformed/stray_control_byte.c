// expect: 2:11: error: stray '\1' in program
int x = 1 ;
