/* Structs by value as parameters and results, changed across awaits. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

struct vec { int x, y, z; };

static async struct vec scale(struct vec v, int k) {
  v.x *= await yv(k);
  v.y *= k;
  v.z *= await yv(k);
  return v;
}

static async int dot(struct vec a, struct vec b) {
  await ac_yield();
  return a.x * b.x + a.y * b.y + a.z * b.z;
}

async int main(void) {
  struct vec v = {1, 2, 3};
  struct vec w = await scale(v, 3);
  printf("%d %d %d dot=%d\n", w.x, w.y, w.z, await dot(v, await scale(w, 2)));
  return 0;
}
