// expect: 2:21: error: expected ';' before 'int'
int a = 1; int b = 2 // the ';' is missing here
int c;
