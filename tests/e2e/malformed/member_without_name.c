// expect: 3:32: error: expected identifier or type name before ';'
struct s { int a; };
int f(struct s *p) { return p->; }
