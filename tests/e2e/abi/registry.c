/* registry.c - plain C, compiled without asyncc: it only stores and hands
 * back a pointer to an async function, which it never calls. */
#define __async
#include "counter.h"

static bump_fn current;

void set_bumper(bump_fn f) { current = f; }
bump_fn get_bumper(void) { return current; }
