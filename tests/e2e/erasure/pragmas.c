/* #pragma lines around and inside functions, async and plain, must reach
 * the compiler where they stood: pack changes the layout (and sizeof) of
 * the structs declared after it. */
#include <stdio.h>

#pragma pack(push, 1)
struct packed { char c; int i; };
#pragma pack(pop)
struct natural { char c; int i; };

static async int yv(int v) { await ac_yield(); return v; }

static async int inner(void) {
#pragma pack(push, 1)
  struct in_async { char c; long l; } s = {1, 2};
#pragma pack(pop)
  s.l += await yv(3);
  return (int)sizeof s * 100 + (int)s.l;
}

typedef async int (*int_fn)(int);

/* A plain function that names an async function: printed from the tree. */
static int plain_naming(void) {
#pragma pack(push, 1)
  struct in_plain { char c; short s; };
#pragma pack(pop)
  int_fn f = yv;
  return (int)sizeof(struct in_plain) + (f != 0);
}

async int main(void) {
  struct packed p = {1, await yv(2)};
  printf("%zu %zu %d %d %d\n", sizeof(struct packed), sizeof(struct natural), p.i, await inner(),
         plain_naming());
  return 0;
}
