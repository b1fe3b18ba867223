// expect: 4:7: error: unexpected ';'
void f(void) {
  int x;
  x = ;
}
