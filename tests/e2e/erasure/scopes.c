/* Shadowing in nested blocks, static locals, switch with awaits in its
 * cases, goto, early return and void functions; locals of a plain function
 * named like async functions. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static int log_count;
static async int classify_first(int v) { return v; }

static async void note(const char *what, int v) {
  static int notes;
  notes++;
  await ac_yield();
  log_count = notes;
  printf("note %s %d (#%d)\n", what, v, notes);
}

typedef async int (*int_fn)(int);

/* A plain function kept in the tree (it names an async function) whose
 * parameter and locals hide async functions: they stay themselves. */
static int hiding(int yv) {
  int_fn keep = classify_first;
  int total = yv;
  {
    int note = 2;
    total += note;
  }
  for (int classify_first = 3; classify_first < 4; classify_first++)
    total += classify_first;
  return total + (keep != 0);
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
  printf("i=%d notes=%d hiding=%d\n", i, log_count, hiding(10));
  return 0;
}
