/* char arrays in frames: from string literals (sized and unsized),
 * modified across suspensions. */
#include <stdio.h>
#include <string.h>

static async int yv(int v) { await ac_yield(); return v; }

async int main(void) {
  char greeting[32] = "hello";
  char name[] = "frame";
  const char *words[] = {"one", "two", "three"};
  strcat(greeting, ", ");
  await yv(0);
  strcat(greeting, name);
  name[0] = (char)('F' + await yv(0));
  printf("%s %s %zu %s %zu\n", greeting, name, sizeof name, words[await yv(2)], sizeof words / sizeof *words);
  return 0;
}
