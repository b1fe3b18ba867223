// expect: 2:6: error: expected identifier or '(' before ';'
int *;
