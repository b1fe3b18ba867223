/* plain.c - plain C, no async code. */
#include "counter.h"

int plain_twice(int x) { return 2 * x; }
