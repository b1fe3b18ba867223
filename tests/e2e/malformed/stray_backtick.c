// expect: 2:9: error: stray '`' in program
int x = `1;
