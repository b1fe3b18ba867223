// expect: 2:7: error: expected ']' before ';'
int x[;
