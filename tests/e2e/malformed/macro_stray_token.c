// expect: 3:11: error: stray '@' in program
#define AT @
int x = 1 AT;
