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

static _Thread_local struct {
  free_frame *free[CLASSES + 1];
  size_t live, pooled_bytes;
} pool;

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
    pool.pooled_bytes -= rounded;
    p = f;
  } else {
    p = ac__alloc_or_oom(rounded);
  }
  memset(p, 0, rounded);
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
    pool.pooled_bytes += (size_t)cls * GRAIN;
  } else {
    free(f);
  }
}

size_t ac_frames_live(void) { return pool.live; }
size_t ac_frames_pooled_bytes(void) { return pool.pooled_bytes; }
