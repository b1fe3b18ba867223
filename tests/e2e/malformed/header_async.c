// expect: header_async.h:2:23: error: async function 'vsum' cannot be variadic (a va_list cannot survive a suspension)
#include "header_async.h"
