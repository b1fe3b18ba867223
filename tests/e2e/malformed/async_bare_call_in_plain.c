// expect: 3:22: error: call of async function 'f' is neither awaited nor spawned (ac_spawn)
async int f(void) { return 1; }
int g(void) { return f(); }
