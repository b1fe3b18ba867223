/* header_async.h */
async int vsum(int n, ...);
