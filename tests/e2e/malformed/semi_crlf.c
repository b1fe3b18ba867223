// expect: 3:1: error: expected ';' or ',' before 'int'
int x = 1
int y;
