/* counter.h - async functions of worker.c and a plain one of plain.c. */
#ifndef COUNTER_H
#define COUNTER_H

async int count_to(int n);
async int count_both(int n);
int plain_twice(int x);

#endif
