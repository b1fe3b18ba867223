/* Async functions returning pointers into caller-owned memory. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static async int *find(int *v, int n, int key) {
  for (int i = 0; i < n; i++)
    if (await yv(v[i]) == key)
      return &v[i];
  return 0;
}

async int main(void) {
  int v[] = {4, 8, 15, 16, 23, 42};
  int *p = await find(v, 6, 16);
  int *q = await find(v, 6, 99);
  *p = 61;
  printf("%d %d %s\n", (int)(p - v), v[3], q ? "found" : "none");
  return 0;
}
