// expect: 2:7: error: expected expression before ';'
int x[;
