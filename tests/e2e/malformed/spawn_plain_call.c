// expect: 3:27: error: ac_spawn(call) needs a call of an async function
int plain(void) { return 0; }
async int g(void) { (void)ac_spawn(plain()); return 0; }
