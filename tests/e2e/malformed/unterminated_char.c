// expect: 2:10: error: missing terminating ' character
char c = 'a;
