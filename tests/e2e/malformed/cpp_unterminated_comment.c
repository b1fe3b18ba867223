// expect-cpp: unterminated
int x; /* never closed
int y;
