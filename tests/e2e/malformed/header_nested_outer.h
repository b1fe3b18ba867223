/* header_nested_outer.h */
#include "header_nested_inner.h"
int outer;
