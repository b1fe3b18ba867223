/* Pointers to async functions: typedefs, struct members, parameters,
 * locals and arrays of them, awaited through ->, [] and *. */
#include <stdio.h>
typedef async int (*op_fn)(int);
struct ops { async int (*apply)(int); op_fn twice; const char *name; };

static async int inc(int x) { await ac_yield(); return x + 1; }
static async int dbl(int x) { await ac_yield(); return x * 2; }

static struct ops table[] = { { inc, dbl, "first" }, { dbl, inc, "second" } };

static async int run(struct ops *o, async int (*extra)(int), int v) {
  op_fn local = o->twice;
  int a = await o->apply(v);
  int b = await local(a);
  int c = await (*extra)(b);
  op_fn arr[2] = { inc, dbl };
  return await arr[1](c);
}

async int main(void) {
  for (int i = 0; i < 2; i++)
    printf("%s: %d\n", table[i].name, await run(&table[i], inc, 5));
  return 0;
}
