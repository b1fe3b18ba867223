// expect: 5:3: error: call of async function 'apply' is neither awaited nor spawned (ac_spawn)
struct ops { async int (*apply)(int); };
async int use(struct ops *o) {
  await ac_yield();
  o->apply(1);
  return 0;
}
