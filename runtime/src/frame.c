/* frame.c - frame allocation from per-thread size-class pools.
 *
 * Frames are allocated and freed on the thread of their loop, so the pools
 * need no locks. Sizes round up to 16 bytes; classes up to MAX_POOLED bytes
 * keep freed frames on a free list (the first word of a free frame links
 * it), larger ones go to malloc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { GRAIN = 16, MAX_POOLED = 2048, CLASSES = MAX_POOLED / GRAIN };

typedef struct free_frame {
  struct free_frame *next;
} free_frame;

/* Pooled frames are carved from slabs: no malloc header between them, so
 * more of them share cache lines (task switches are dominated by the
 * misses on frames). Slabs are kept for the thread's life, linked through
 * their first word. */
enum { SLAB = 64 * 1024 };

static _Thread_local struct {
  free_frame *free[CLASSES + 1];
  size_t live;
  char *slab_next, *slab_end;
  void *slabs;
} pool;

static void *carve(size_t rounded) {
  if ((size_t)(pool.slab_end - pool.slab_next) < rounded) {
    char *slab = ac__alloc_or_oom(SLAB);
    *(void **)slab = pool.slabs;
    pool.slabs = slab;
    pool.slab_next = slab + 64; /* the link, then 64-byte alignment */
    pool.slab_end = slab + SLAB;
  }
  void *p = pool.slab_next;
  pool.slab_next += rounded;
  return p;
}

static void default_oom(size_t bytes) {
  fprintf(stderr, "asyncc: out of memory allocating a frame of %zu bytes\n", bytes);
  abort();
}

static ac_oom_handler oom_handler = default_oom;

ac_oom_handler ac_set_oom_handler(ac_oom_handler h) {
  ac_oom_handler old = oom_handler;
  oom_handler = h ? h : default_oom;
  return old;
}

void *ac__alloc_or_oom(size_t size) {
  void *p = malloc(size);
  while (!p) {
    /* The handler may free memory and return; then we try again. */
    oom_handler(size);
    p = malloc(size);
  }
  return p;
}

void *ac__frame_alloc(size_t size) {
  size_t rounded = (size + GRAIN - 1) / GRAIN * GRAIN;
  size_t cls = rounded / GRAIN;
  void *p;
  if (cls <= CLASSES && pool.free[cls]) {
    free_frame *f = pool.free[cls];
    pool.free[cls] = f->next;
    p = f;
  } else if (cls <= CLASSES) {
    p = carve(rounded);
  } else {
    p = ac__alloc_or_oom(rounded);
  }
  /* Only the header: every other member is written before it is read
   * (locals as in C, temporaries and results by the generated code). */
  memset(p, 0, sizeof(ac_frame));
  ((ac_frame *)p)->size = (unsigned)rounded;
  pool.live++;
  return p;
}

void ac__frame_free(ac_frame *f) {
  if (!f)
    return;
  size_t cls = f->size / GRAIN;
  pool.live--;
  if (cls <= CLASSES) {
    free_frame *ff = (free_frame *)f;
    ff->next = pool.free[cls];
    pool.free[cls] = ff;
  } else {
    free(f);
  }
}

size_t ac_frames_live(void) { return pool.live; }
/* Counted on demand: keeping a running total costs every alloc and free. */
size_t ac_frames_pooled_bytes(void) {
  size_t bytes = 0;
  for (size_t cls = 1; cls <= CLASSES; cls++)
    for (free_frame *f = pool.free[cls]; f; f = f->next)
      bytes += cls * GRAIN;
  return bytes;
}
