// expect: header_async.h:2:1: error: translating async functions is not implemented yet
#include "header_async.h"
