/* plain_caller.c - plain C (not translated) that calls an async function as
 * if it were synchronous: it must not build. */
#define __async
#include "counter.h"
int main(void) {
  struct tally t = {0, 0};
  return bump(&t, 1);
}
