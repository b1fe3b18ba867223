/* bad.c - a translation error: a missing ';' after an await. */
#include <stdio.h>

async int main(void) {
  int x = 1;
  await ac_yield()
  return x;
}
