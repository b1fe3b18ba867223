// expect: 2:19: error: unexpected '='
struct { int a; } = 3;
