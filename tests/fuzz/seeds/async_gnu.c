# 1 "g.c"
struct pt { int x, y; };
static async long f(struct pt p) {
  __label__ out;
  long v = await f(p) + 1;
  static void *tbl[] = { &&out };
  if (v) goto *tbl[0];
  __typeof__(v) w = v ?: 2;
  do { w += await f((struct pt){ .x = 1, .y = 0 }); } while (0);
out:
  return w;
}
void g(void) { ac_detach(ac_spawn(f((struct pt){0}))); }
