// expect: 4:1: error: expected ';' or ',' before 'int'
#define DECL int x = 1
DECL
int y;
