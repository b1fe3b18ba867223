// expect: 2:22: error: 'await' used outside an async function
int f(void) { return await g(); }
