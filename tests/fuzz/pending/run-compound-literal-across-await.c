/* pending: WRONG CODE (found by the output check's probes, not a crash).
 * A compound literal in an async function keeps automatic storage in the
 * step function: the output has e.g. `ac__F->p = (int[]){1,2,3};` inside a
 * block of the step function, so the pointer dangles once that block ends
 * and across every suspension (the step function returns). The same for a
 * compound literal passed to an awaited call: it dies while the callee is
 * suspended. The erased program prints "6 6 9"; the translated one prints
 * garbage and exits 1:
 *   build/bin/asyncc-cc -O2 run-compound-literal-across-await.c -o t && ./t
 * A compound literal at block scope of an async function must live in the
 * frame (or be rejected with a diagnostic). Ready for tests/e2e/erasure/
 * once fixed. */
#include <stdio.h>
struct pt { int x, y; };
static async int h(void) { await ac_yield(); return 0; }
static async int f(void) {
  int *p = (int[]){1, 2, 3};
  int junk[64];
  for (int i = 0; i < 64; i++) junk[i] = 100 + i;
  await h();
  char buf[256]; snprintf(buf, sizeof buf, "%d", junk[3]);
  return p[0] + p[1] + p[2];
}
static async int g(const int *p) {
  await ac_yield();
  char junk[512]; snprintf(junk, sizeof junk, "%d", p[0]);
  await ac_yield();
  return p[0] + p[1] + p[2];
}
static async int k(struct pt *q) { await ac_yield(); return q->x + q->y; }
async int main(void) {
  int a = await f();
  int r = await g((int[]){1, 2, 3});
  int s = await k(&(struct pt){4, 5});
  printf("%d %d %d\n", a, r, s);
  return a == 6 && r == 6 && s == 9 ? 0 : 1;
}
