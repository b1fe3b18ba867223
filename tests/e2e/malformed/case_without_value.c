// expect: 2:34: error: expected expression before ':'
int f(int x) { switch (x) { case : return 1; } return 0; }
