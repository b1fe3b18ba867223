// expect: 2:25: error: stray '@' in program
char *s = "a  \"b\t  c" @;
