// expect: 6:20: error: unexpected ')'
#include "ok_header.h"

int use(void) { return ok_value; }

int broken(void) { ) }
