typedef struct ac_task ac_task;
static async int add(int a, int b) { return a + b; }
async int twice(int x) {
  int s = 0;
  for (int i = 0; i < 2; i++)
    s += await add(s, x);
  switch (s) { case 1: return await add(1, 2); default: break; }
  return s ? await add(s, 1) : 0;
}
int main(void) { int r; ac_run(twice(3), &r); return r; }
