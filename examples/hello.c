/* hello.c - the smallest program through asyncc: plain C passes through
 * unchanged (async examples come with the transform). It also shows that
 * `async` and `await` stay ordinary names outside async code. */
#include <stdio.h>
#include <string.h>

struct job {
  const char *name;
  int async;  /* contextual keywords: fine as member names */
};

static int count_words(const char *s) {
  int n = 0, in_word = 0;
  for (; *s; s++) {
    int space = *s == ' ' || *s == '\t' || *s == '\n';
    n += !space && !in_word;
    in_word = !space;
  }
  return n;
}

int main(int argc, char **argv) {
  struct job jobs[] = {{"translate", 1}, {"compile", 0}, {"run", 0}};
  int await = 0;
  for (size_t i = 0; i < sizeof jobs / sizeof *jobs; i++)
    await += jobs[i].async;
  const char *text = argc > 1 ? argv[1] : "hello from asyncc";
  printf("%s: %d words, %zu jobs, %d async\n", text, count_words(text),
         sizeof jobs / sizeof *jobs, await);
  return strlen(text) > 0 ? 0 : 1;
}
