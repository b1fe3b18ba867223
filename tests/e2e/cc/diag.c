/* diag.c - compiler (not translator) diagnostics inside async code. */
#include <stddef.h>

struct opaque;

static async int use(struct opaque *p) {
  char *s = 42;
  await ac_yield();
  return p->field + (s != NULL);
}

async int main(void) { return await use(NULL); }
