// expect: 4:7: error: expected expression before ';'
void f(void) {
  int x;
  x = ;
}
