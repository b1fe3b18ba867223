// expect: 2:27: error: expected expression before ';'
async int f(void) { await ; }
