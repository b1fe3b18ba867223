// expect: 5:3: error: '__builtin_alloca' in an async function: its effect cannot survive an 'await'
#include <alloca.h>
async int g(void) {
  await ac_yield();
  char *p = alloca(16);
  return p != 0;
}
