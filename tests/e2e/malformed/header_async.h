/* header_async.h */
async int fetch(void) { return 1; }
