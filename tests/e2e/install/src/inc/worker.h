/* worker.h - the async functions of worker.c; included by both sources. */
#ifndef WORKER_H
#define WORKER_H

async int count_to(int n);
async int count_both(int n);

#endif
