/* erased.h - what a program needs once `async` and `await` are erased:
 * the runtime's waits as plain functions that return at once. */
#ifndef ASYNCC_ERASED_H
#define ASYNCC_ERASED_H
static inline int ac_yield(void) { return 0; }
#endif
