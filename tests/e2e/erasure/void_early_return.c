/* async void functions, early returns from loops and from nested blocks. */
#include <stdio.h>

static async int yv(int v) { await ac_yield(); return v; }

static int trace[16], ntrace;

static async void visit(int n) {
  for (int i = 0; i < 10; i++) {
    if (i == n)
      return;
    trace[ntrace++] = await yv(i);
  }
  trace[ntrace++] = -1;
}

static async int first_even(const int *v, int n) {
  for (int i = 0; i < n; i++) {
    if (await yv(v[i]) % 2 == 0) {
      {
        return i;
      }
    }
  }
  return -1;
}

async int main(void) {
  await visit(3);
  await visit(0);
  int v[] = {1, 3, 5, 6, 7};
  printf("ntrace=%d %d %d %d first_even=%d\n", ntrace, trace[0], trace[1], trace[2], await first_even(v, 5));
  return 0;
}
