// expect: 3:5: error: 'f' is declared without 'async' here, but it is an async function
async int h(void);
int f(void);
async int f(void) { return await h(); }
