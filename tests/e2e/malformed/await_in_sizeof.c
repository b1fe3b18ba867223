// expect: 4:16: error: 'await' in an operand that is not evaluated
static async int f(void) { return 1; }
async int g(void) {
  int n = (int)sizeof(await f());
  return n;
}
