// expect: 3:1: error: translating async functions is not implemented yet
int plain(void) { return 0; }
async int fetch(void) { return 1; }
