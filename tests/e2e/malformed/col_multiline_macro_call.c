// expect: 4:16: error: stray '@' in program
#define ADD(a, b) ((a) + (b))
int x = ADD(1,
            2) @;
