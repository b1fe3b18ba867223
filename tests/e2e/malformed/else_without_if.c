// expect: 3:3: error: unexpected 'else'
int f(int x) {
  else return x;
}
