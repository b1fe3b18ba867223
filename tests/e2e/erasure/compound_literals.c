/* Compound literals in async functions: each must live as long as its
 * block in the input, across awaits and while a callee it was passed to
 * is suspended (they live in the frame, not in the step function). */
#include <stdio.h>
#include <string.h>

struct pt { int x, y; };

static async int yv(int v) { await ac_yield(); return v; }

static async int sum3(const int *p) {
  await ac_yield();
  char junk[512];
  memset(junk, 0x5a, sizeof junk);
  await ac_yield();
  return p[0] + p[1] + p[2] + (junk[7] == 0x5a);
}

static async int norm1(struct pt *q) { await ac_yield(); return q->x + q->y; }

static async int f(void) {
  int *p = (int[]){1, 2, 3};
  const char *s = (const char[]){"abc"};
  struct pt *q = &(struct pt){.y = await yv(7), .x = 4};
  int junk[64];
  for (int i = 0; i < 64; i++)
    junk[i] = 100 + i;
  await yv(0);
  int total = p[0] + p[1] + p[2] + (int)strlen(s) + q->x + q->y + junk[3] - 103;
  /* One literal evaluated in a loop is one object, initialised each time. */
  int *last = 0;
  for (int i = 0; i < 3; i++) {
    int *r = (int[2]){i, await yv(i * 10)};
    if (last && last != r)
      total += 1000;
    last = r;
    total += r[0] + r[1];
  }
  total += (int)(sizeof (int[]){1, 2, 3, 4} / sizeof(int));
  return total;
}

async int main(void) {
  int a = await f();
  int r = await sum3((int[]){1, 2, await yv(3)});
  int s = await norm1(&(struct pt){4, 5});
  struct pt both[] = {(struct pt){1, 2}, *(&(struct pt){3, await yv(4)})};
  printf("%d %d %d %d\n", a, r, s, both[0].x + both[0].y + both[1].x + both[1].y);
  return 0;
}
