// expect: 3:28: error: stray '@' in program
#define STR(x) #x
const char *s = STR(a   b) @;
