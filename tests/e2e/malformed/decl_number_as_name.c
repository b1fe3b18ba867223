// expect: 2:5: error: expected identifier or '(' before '3x'
int 3x;
