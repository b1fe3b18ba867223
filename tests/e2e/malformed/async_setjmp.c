// expect: 6:3: error: '_setjmp' in an async function: its effect cannot survive an 'await'
#include <setjmp.h>
static jmp_buf env;
async int g(void) {
  await ac_yield();
  if (setjmp(env))
    return 1;
  return 0;
}
