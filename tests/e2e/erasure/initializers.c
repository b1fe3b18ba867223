/* Awaits in array, struct and compound-literal initialisers, and in each
 * declarator of one declaration (each sees the ones before). */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

struct pair { int a, b; };

async int main(void) {
  int arr[3] = {await yv(1), 2, await yv(3)};
  struct pair p = {.b = await yv(7), .a = 5};
  int x = await yv(4), y = x + await yv(1), z = y * 2;
  struct pair q = (struct pair){await yv(8), await yv(9)};
  printf("%d %d %d | %d %d | %d %d %d | %d %d\n", arr[0], arr[1], arr[2], p.a, p.b, x, y, z, q.a, q.b);
  return 0;
}
