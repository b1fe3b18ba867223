// expect: 3:1: error: expected ';' or ',' before 'int'
int a = 1; int b = 2 // the ';' is missing here
int c;
