// expect: 2:17: error: expected ',' or '}' before ';'
int a[2] = {1, 2;
