// expect: 3:14: error: unexpected 'case'
int f(int x) {
  return x + case 1;
}
