// expect: 2:5: error: unexpected '3x'
int 3x;
