/* Static locals keep one instance across calls and tasks; file-scope
 * statics and globals are shared. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

int global_hits;

static async int counter(void) {
  static int n;
  static const char *tag = "tick";
  n++;
  global_hits += await yv(1);
  return n * (tag[0] == 't');
}

async int main(void) {
  int last = 0;
  for (int i = 0; i < 5; i++)
    last = await counter();
  printf("last=%d hits=%d\n", last, global_hits);
  return 0;
}
