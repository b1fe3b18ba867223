// expect: 2:20: error: stray '@' in program
char *s = "héllo" @;
