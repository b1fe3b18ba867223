// expect: 2:10: error: expected ';' before 'int'
int x = 1
int y;
