// expect: 4:1: error: expected ';' or ',' before '}'
int main(void) {
  int x = 1
}
