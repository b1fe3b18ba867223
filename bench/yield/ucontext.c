/* yield/ucontext.c - ucontext coroutines, round robin (bench/yield.sh).
 *
 *     yield-ucontext TASKS YIELDS REPS
 *
 * Each task has its own stack (STACK_SIZE, mmap'd: only the pages touched
 * count in RSS) and a ucontext made by makecontext. The scheduler keeps a
 * FIFO of ready tasks and swapcontext()s into the front one; a task yields
 * by swapcontext()ing back, and is queued again at the back. So one switch
 * is two swapcontext calls, each saving and restoring the signal mask
 * (a rt_sigprocmask system call): that is glibc's swapcontext, and part of
 * what this peer measures. Prints the sum of the results (TASKS*YIELDS*REPS). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <ucontext.h>

enum { STACK_SIZE = 64 * 1024 };

typedef struct {
  ucontext_t ctx;
  void *stack;
  int yields, done;
  long result;
} task;

static ucontext_t sched_ctx;
static task *current;
/* The ready FIFO: a ring of task indexes, never more than ntasks deep.
 * File-scope (not locals of the function that calls swapcontext, which
 * returns twice as far as the compiler knows: -Wclobbered). */
static int *ring;
static size_t ring_cap, head, tail;

static void yield(void) {
  swapcontext(&current->ctx, &sched_ctx);
}

static void worker(void) {
  task *t = current;
  long n = 0;
  for (int i = 0; i < t->yields; i++) {
    yield();
    n += 1;
  }
  t->result = n;
  t->done = 1; /* uc_link brings us back to the scheduler */
}

static void push(int idx) {
  ring[tail] = idx;
  tail = (tail + 1) % ring_cap;
}

/* The scheduler loop: resume the front task until it yields or ends; a task
 * that yielded goes to the back. */
static void run_all(task *tasks) {
  while (head != tail) {
    int idx = ring[head];
    head = (head + 1) % ring_cap;
    current = &tasks[idx];
    swapcontext(&sched_ctx, &current->ctx);
    if (!tasks[idx].done)
      push(idx);
  }
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s TASKS YIELDS REPS\n", argv[0]);
    return 2;
  }
  int ntasks = atoi(argv[1]), yields = atoi(argv[2]), reps = atoi(argv[3]);
  task *tasks = calloc((size_t)ntasks + 1, sizeof *tasks);
  ring_cap = (size_t)ntasks + 1;
  ring = malloc(ring_cap * sizeof *ring);
  if (!tasks || !ring)
    return 1;
  for (int i = 0; i < ntasks; i++) {
    tasks[i].stack = mmap(NULL, STACK_SIZE, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (tasks[i].stack == MAP_FAILED)
      return 1;
  }
  long total = 0;
  for (int r = 0; r < reps; r++) {
    head = tail = 0;
    for (int i = 0; i < ntasks; i++) { /* "spawn" */
      task *t = &tasks[i];
      getcontext(&t->ctx);
      t->ctx.uc_stack.ss_sp = t->stack;
      t->ctx.uc_stack.ss_size = STACK_SIZE;
      t->ctx.uc_link = &sched_ctx;
      t->yields = yields;
      t->done = 0;
      makecontext(&t->ctx, worker, 0);
      push(i);
    }
    run_all(tasks);
    for (int i = 0; i < ntasks; i++) /* "join" */
      total += tasks[i].result;
  }
  for (int i = 0; i < ntasks; i++)
    munmap(tasks[i].stack, STACK_SIZE);
  free(ring);
  free(tasks);
  printf("%ld\n", total);
  return 0;
}
