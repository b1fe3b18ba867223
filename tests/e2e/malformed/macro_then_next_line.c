// expect: 4:13: error: expected expression before ';'
#define ADD(a, b) ((a) + (b))
int x = ADD(1, 2);
int y = x + ;
