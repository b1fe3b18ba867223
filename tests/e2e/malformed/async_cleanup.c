// expect: 4:7: error: a 'cleanup' attribute cannot survive an 'await' in an async function
static void release(int *p) { (void)p; }
async int g(void) {
  int x __attribute__((cleanup(release))) = 1;
  await ac_yield();
  return x;
}
