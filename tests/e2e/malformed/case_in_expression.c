// expect: 3:14: error: expected expression before 'case'
int f(int x) {
  return x + case 1;
}
