// expect: header_first_byte.h:1:1: error: stray '@' in program
#include "header_first_byte.h"
