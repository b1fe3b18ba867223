/* Arrays, structs, strings and pointers to locals live in the frame: an
 * address taken before a suspension is still good after it. */
#include <stdio.h>
#include <string.h>

struct point { int x, y; };

static async int yv(int v) { await ac_yield(); return v; }

static async struct point mid(struct point a, struct point b) {
  await ac_yield();
  return (struct point){(a.x + b.x) / 2, (a.y + b.y) / 2};
}

static async void fill(int *out, int n) {
  for (int i = 0; i < n; i++)
    out[i] = await yv(i * i);
}

async int main(void) {
  int arr[] = {5, 6, 7};
  char name[16] = "frame";
  char word[] = "literal";
  struct point p = {1, 2}, q = {.x = 9, .y = 12};
  int *ptr = &arr[1];
  int squares[6];
  await fill(squares, 6);
  *ptr += await yv(100);
  struct point m = await mid(p, q);
  strcat(name, "s");
  printf("arr %d %d %d, squares %d %d, name %s %s(%zu), mid %d,%d\n", arr[0], arr[1], arr[2],
         squares[2], squares[5], name, word, sizeof word, m.x, m.y);
  return 0;
}
