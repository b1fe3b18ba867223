// expect: 3:5: error: expected ';' before 'int'
#define DECL int x = 1
DECL
int y;
