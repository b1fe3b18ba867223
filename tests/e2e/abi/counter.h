/* counter.h - async functions shared between translation units. __async is
 * a keyword everywhere, so this header also compiles as plain C when
 * __async is defined away (see plain_caller.c). */
#ifndef COUNTER_H
#define COUNTER_H
struct tally {
  int count;
  long sum;
};
__async int bump(struct tally *t, int by);
__async struct tally total(int n);

/* A pointer to an async function, kept by plain C (registry.c) and
 * awaited by async code. */
typedef __async int (*bump_fn)(struct tally *t, int by);
void set_bumper(bump_fn f);
bump_fn get_bumper(void);
#endif
