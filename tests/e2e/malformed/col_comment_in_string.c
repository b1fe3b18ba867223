// expect: 2:19: error: stray '@' in program
char *s = "/* ";  @ /* x */
