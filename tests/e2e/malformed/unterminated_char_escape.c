// expect: 2:25: error: missing terminating ' character
char c = ' ';   int y = '\'   ;
