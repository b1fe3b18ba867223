// expect: header_error.h:5:6: error: stray '@' in program
int before;
#include "header_error.h"
int after;
