// expect: 3:12: error: expected ';' before '}'
int main(void) {
  int x = 1
}
