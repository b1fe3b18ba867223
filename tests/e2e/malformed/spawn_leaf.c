// expect: 3:16: error: 'ac_yield' is a wait of the runtime: it cannot be used in ac_spawn(call)
async int g(void) {
  ac_task *t = ac_spawn(ac_yield());
  return t != 0;
}
