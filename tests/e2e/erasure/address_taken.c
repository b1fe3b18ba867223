/* Pointers to locals stay valid across suspensions: a callee fills a
 * caller's struct and array through pointers while both suspend. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

struct acc { int sum; int count; };

static async void add(struct acc *a, int *log, int v) {
  a->sum += await yv(v);
  log[a->count++] = v;
}

async int main(void) {
  struct acc a = {0, 0};
  int log[8] = {0};
  int *last = &log[0];
  for (int i = 1; i <= 5; i++) {
    await add(&a, log, i * i);
    last = &log[a.count - 1];
  }
  printf("sum=%d count=%d last=%d log=%d,%d,%d\n", a.sum, a.count, *last, log[0], log[2], log[4]);
  return 0;
}
