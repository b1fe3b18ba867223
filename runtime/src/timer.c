/* timer.c - sleeps and timers, grouped in buckets of equal deadlines.
 *
 * Deadlines have millisecond resolution, so the many timers of a busy loop
 * share few distinct deadlines: a bucket per deadline (found through a
 * hash table, ordered in a min-heap) holds the sleeping tasks in a list
 * threaded through the tasks themselves, which costs a sleeping task no
 * memory beyond its header. Within a deadline, tasks and then timers fire
 * in the order they started. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct bucket {
  long long deadline;
  ac_task *tasks;    /* newest first; pprev links in ac_task.wait */
  ac__timer *timers; /* newest first */
  size_t heap_index;
};

/* ---- the hash table: deadline -> bucket (linear probing, no deletions
 * leave holes: entries after a removed one are moved back) ---- */

static size_t slot_of(const ac_loop *L, long long deadline) {
  uint64_t h = (uint64_t)deadline * 0x9E3779B97F4A7C15ull;
  return (size_t)(h >> 20) & (L->hash_cap - 1);
}

static bucket *hash_find(ac_loop *L, long long deadline) {
  if (!L->hash_cap)
    return NULL;
  for (size_t i = slot_of(L, deadline);; i = (i + 1) & (L->hash_cap - 1)) {
    bucket *b = L->hash[i];
    if (!b || b->deadline == deadline)
      return b;
  }
}

static void hash_put(ac_loop *L, bucket *b) {
  size_t i = slot_of(L, b->deadline);
  while (L->hash[i])
    i = (i + 1) & (L->hash_cap - 1);
  L->hash[i] = b;
}

static void hash_remove(ac_loop *L, bucket *b) {
  size_t mask = L->hash_cap - 1;
  size_t i = slot_of(L, b->deadline);
  while (L->hash[i] != b)
    i = (i + 1) & mask;
  L->hash[i] = NULL;
  /* Re-place the entries of the cluster after the hole. */
  for (size_t j = (i + 1) & mask; L->hash[j]; j = (j + 1) & mask) {
    bucket *m = L->hash[j];
    L->hash[j] = NULL;
    hash_put(L, m);
  }
}

static void hash_grow(ac_loop *L) {
  size_t old_cap = L->hash_cap;
  bucket **old = L->hash;
  L->hash_cap = old_cap ? old_cap * 2 : 64;
  L->hash = ac__alloc_or_oom(L->hash_cap * sizeof *L->hash);
  memset(L->hash, 0, L->hash_cap * sizeof *L->hash);
  for (size_t i = 0; i < old_cap; i++)
    if (old[i])
      hash_put(L, old[i]);
  free(old);
}

/* ---- the heap of buckets ---- */

static void heap_set(ac_loop *L, size_t i, bucket *b) {
  L->heap[i] = b;
  b->heap_index = i;
}

static void heap_up(ac_loop *L, size_t i) {
  bucket *b = L->heap[i];
  while (i > 0) {
    size_t parent = (i - 1) / 2;
    if (L->heap[parent]->deadline <= b->deadline)
      break;
    heap_set(L, i, L->heap[parent]);
    i = parent;
  }
  heap_set(L, i, b);
}

static void heap_down(ac_loop *L, size_t i) {
  bucket *b = L->heap[i];
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= L->nheap)
      break;
    if (c + 1 < L->nheap && L->heap[c + 1]->deadline < L->heap[c]->deadline)
      c++;
    if (L->heap[c]->deadline >= b->deadline)
      break;
    heap_set(L, i, L->heap[c]);
    i = c;
  }
  heap_set(L, i, b);
}

static bucket *bucket_for(ac_loop *L, long long deadline) {
  bucket *b = hash_find(L, deadline);
  if (b)
    return b;
  if ((L->nheap + 1) * 2 > L->hash_cap)
    hash_grow(L);
  if (L->nheap == L->heap_cap) {
    size_t cap = L->heap_cap ? L->heap_cap * 2 : 64;
    L->heap = ac__realloc_or_oom(L->heap, cap * sizeof *L->heap);
    L->heap_cap = cap;
  }
  if (L->spare_buckets) {
    b = L->spare_buckets;
    L->spare_buckets = *(bucket **)b;
  } else {
    b = ac__alloc_or_oom(sizeof *b);
  }
  b->deadline = deadline;
  b->tasks = NULL;
  b->timers = NULL;
  hash_put(L, b);
  L->heap[L->nheap] = b;
  heap_up(L, L->nheap++);
  return b;
}

static void bucket_release(ac_loop *L, bucket *b) {
  hash_remove(L, b);
  *(bucket **)b = L->spare_buckets;
  L->spare_buckets = b;
}

static long long deadline_in(ac_loop *L, long ms) {
  /* Far enough to mean "never" without overflowing: 10^12 ms is 31 years. */
  const long long never = 1000000000000LL;
  if (ms < 0)
    ms = 0;
  return L->now + (ms > never ? never : ms);
}

/* ---- sleeping tasks ---- */

ac_frame *ac__sleep(ac_frame *self, int *out, long ms) {
  ac_loop *L = ac__loop();
  bucket *b = bucket_for(L, deadline_in(L, ms));
  int rc = ac__begin_wait(L, self, out, 0, WAIT_SLEEP, &b->tasks);
  if (rc) {
    *out = rc;
    return self;
  }
  ac_task *t = L->current;
  t->next = b->tasks;
  if (t->next)
    t->next->wait = &t->next;
  b->tasks = t;
  return NULL;
}

void ac__sleep_cancel(ac_loop *L, ac_task *t) {
  (void)L;
  ac_task **pprev = t->wait;
  *pprev = t->next;
  if (t->next)
    t->next->wait = pprev;
}

/* ---- timers ---- */

void ac__timer_start(ac__timer *tm, long ms, void (*fn)(ac__timer *), void *arg) {
  ac_loop *L = ac__loop();
  bucket *b = bucket_for(L, deadline_in(L, ms));
  tm->fn = fn;
  tm->arg = arg;
  tm->fired = 0;
  tm->next = b->timers;
  if (tm->next)
    tm->next->pprev = &tm->next;
  tm->pprev = &b->timers;
  b->timers = tm;
}

void ac__timeout_interrupt(ac__timer *tm) { ac__interrupt(tm->arg, -ETIMEDOUT); }

void ac__timer_stop(ac__timer *tm) {
  if (!tm->pprev)
    return;
  *tm->pprev = tm->next;
  if (tm->next)
    tm->next->pprev = tm->pprev;
  tm->pprev = NULL;
}

long long ac__next_deadline(ac_loop *L) {
  /* Buckets emptied by cancellations stay until their deadline; drop them
   * here so an idle loop does not wake for nothing. */
  while (L->nheap && !L->heap[0]->tasks && !L->heap[0]->timers) {
    bucket *b = L->heap[0];
    heap_set(L, 0, L->heap[--L->nheap]);
    if (L->nheap)
      heap_down(L, 0);
    bucket_release(L, b);
  }
  return L->nheap ? L->heap[0]->deadline : -1;
}

void ac__timers_run(ac_loop *L) {
  while (L->nheap && L->heap[0]->deadline <= L->now) {
    bucket *b = L->heap[0];
    heap_set(L, 0, L->heap[--L->nheap]);
    if (L->nheap)
      heap_down(L, 0);
    /* Oldest first: reverse the lists. */
    ac_task *rev = NULL;
    for (ac_task *t = b->tasks, *next; t; t = next) {
      next = t->next;
      t->next = rev;
      rev = t;
    }
    for (ac_task *t = rev, *next; t; t = next) {
      next = t->next;
      ac__wake(L, t, 0);
    }
    ac__timer *trev = NULL;
    for (ac__timer *tm = b->timers, *next; tm; tm = next) {
      next = tm->next;
      tm->next = trev;
      tm->pprev = NULL;
      trev = tm;
    }
    bucket_release(L, b);
    for (ac__timer *tm = trev, *next; tm; tm = next) {
      next = tm->next;
      tm->fired = 1;
      tm->fn(tm); /* may start timers, even in a bucket of this deadline */
    }
  }
}
