// expect: 2:6: error: expected identifier, type name, '(' or '*' before ';'
int *;
