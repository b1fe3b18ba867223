// expect: 3:9: error: unexpected end of input
struct s {
  int a;
