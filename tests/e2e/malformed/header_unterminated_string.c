// expect: header_unterminated_string.h:2:24: error: missing terminating " character
#include "header_unterminated_string.h"
int x;
