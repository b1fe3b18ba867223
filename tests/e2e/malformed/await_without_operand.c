// expect: 2:27: error: unexpected ';'
async int f(void) { await ; }
