// expect: header_nested_inner.h:3:17: error: expected expression before ';'
#include "header_nested_outer.h"
int main(void) { return 0; }
