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
#endif
