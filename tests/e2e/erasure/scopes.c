/* Shadowing in nested blocks, static locals, switch with awaits in its
 * cases, goto, early return and void functions. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static int log_count;
static async void note(const char *what, int v) {
  static int notes;
  notes++;
  await ac_yield();
  log_count = notes;
  printf("note %s %d (#%d)\n", what, v, notes);
}

static async int classify(int v) {
  switch (v) {
  case 0:
    return -1;
  case 1:
  case 2:
    v = await yv(v * 10);
    break;
  default: {
    int v = 5; /* shadows the parameter */
    v += await yv(1);
    await note("inner", v);
  }
  }
  return v;
}

async int main(void) {
  int x = 1;
  {
    int x = await yv(2);
    {
      int x = await yv(3);
      await note("deepest", x);
    }
    await note("middle", x);
  }
  await note("outer", x);
  int i = 0;
again:
  if (await yv(i) < 3) {
    i++;
    goto again;
  }
  for (int v = 0; v < 4; v++)
    printf("classify(%d) = %d\n", v, await classify(v));
  printf("i=%d notes=%d\n", i, log_count);
  return 0;
}
