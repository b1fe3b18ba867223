// expect: 3:32: error: expected identifier before ';'
struct s { int a; };
int f(struct s *p) { return p->; }
