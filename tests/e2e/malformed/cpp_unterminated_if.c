// expect-cpp: unterminated
#if 1
int x;
