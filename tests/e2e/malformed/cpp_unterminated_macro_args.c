// expect-cpp: unterminated
#define ADD(a, b) ((a) + (b))
int x = ADD(1, 2;
