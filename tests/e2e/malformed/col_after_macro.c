// expect: 3:13: error: stray '@' in program
#define ONE (0 + 1)
int x = ONE @;
