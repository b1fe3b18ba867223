/* Results of many types: char, unsigned, long long, double, pointers,
 * structs holding arrays. */
#include <stdio.h>
#include <string.h>

struct name { char text[16]; int len; };

static async char next_char(char c) { await ac_yield(); return (char)(c + 1); }
static async unsigned umul(unsigned a, unsigned b) { await ac_yield(); return a * b; }
static async long long big(long long x) { await ac_yield(); return x * 1000000007LL; }
static async double half(double d) { await ac_yield(); return d / 2; }
static async const char *pick(const char *a, const char *b, int first) { await ac_yield(); return first ? a : b; }
static async struct name make(const char *s) {
  struct name n;
  await ac_yield();
  strcpy(n.text, s);
  n.len = (int)strlen(s);
  return n;
}

async int main(void) {
  char c = await next_char('a');
  unsigned u = await umul(4000000000u, 3u);
  long long l = await big(123456789LL);
  double d = await half(5.0);
  const char *s = await pick("left", "right", 0);
  struct name n = await make("asyncc");
  printf("%c %u %lld %.2f %s %s/%d\n", c, u, l, d, s, n.text, n.len);
  return 0;
}
