// expect: 3:28: error: 'await' needs a call of an async function
int plain(void) { return 0; }
async int g(void) { return await plain(); }
