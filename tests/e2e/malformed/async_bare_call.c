// expect: 4:15: error: call of async function 'fetch' is neither awaited nor spawned (ac_spawn)
async int fetch(void) { return 1; }
async int use(void) {
  int v = 1 + fetch();
  return v;
}
