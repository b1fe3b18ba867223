/* frame.c - frames and task blocks from per-thread size-class pools.
 *
 * Frames are allocated and freed on the thread of their loop, so the pools
 * need no locks. Sizes round up to 16 bytes; classes up to MAX_POOLED bytes
 * keep freed blocks on a free list (the first word links them), larger ones
 * go to malloc with a small prefix holding their size.
 *
 * Task blocks (a task header and its root frame, see internal.h) come from
 * their own slabs, so every task of a thread can be found by walking them:
 * cancelling the rest when main returns costs no memory per task. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { GRAIN = 16, MAX_POOLED = 2048, CLASSES = MAX_POOLED / GRAIN, SLAB = 64 * 1024 };

#define META_CLASS(m) ((m)&0xffu)

typedef struct free_block {
  struct free_block *next;
} free_block;

/* Blocks are carved from slabs: no malloc header between them, so more of
 * them share cache lines (task switches are dominated by frame misses). */
typedef struct slab {
  struct slab *next;
  char *end; /* end of the carved part (the open slab: see pool.slab_next) */
} slab;

typedef struct {
  free_block *free[CLASSES + 1];
  char *slab_next, *slab_end;
  slab *slabs;
} pool;

/* Big blocks carry their size; big task blocks are also linked so the walk
 * over all tasks finds them. */
typedef struct big_prefix {
  size_t size;
  struct big_prefix *prev, *next;
} big_prefix;
enum { BIG_PREFIX = (sizeof(big_prefix) + GRAIN - 1) / GRAIN * GRAIN };

static _Thread_local struct {
  pool frames, tasks;
  big_prefix *big_tasks, *big_frames;
  size_t live;
} mem;

static void big_link(big_prefix **list, big_prefix *b) {
  b->prev = NULL;
  b->next = *list;
  if (b->next)
    b->next->prev = b;
  *list = b;
}

static void big_unlink(big_prefix **list, big_prefix *b) {
  if (b->prev)
    b->prev->next = b->next;
  else
    *list = b->next;
  if (b->next)
    b->next->prev = b->prev;
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

void *ac__realloc_or_oom(void *p, size_t size) {
  void *q = realloc(p, size);
  while (!q) {
    oom_handler(size);
    q = realloc(p, size);
  }
  return q;
}

static void *carve(pool *P, size_t rounded) {
  if ((size_t)(P->slab_end - P->slab_next) < rounded) {
    if (P->slabs)
      P->slabs->end = P->slab_next;
    slab *s = ac__alloc_or_oom(SLAB);
    s->next = P->slabs;
    s->end = NULL;
    P->slabs = s;
    P->slab_next = (char *)s + 64; /* the header, then 64-byte alignment */
    P->slab_end = (char *)s + SLAB;
  }
  void *p = P->slab_next;
  P->slab_next += rounded;
  return p;
}

static void *pool_get(pool *P, size_t cls) {
  free_block *b = P->free[cls];
  if (b) {
    P->free[cls] = b->next;
    return b;
  }
  return carve(P, cls * GRAIN);
}

static void pool_put(pool *P, void *p, size_t cls) {
  free_block *b = p;
  b->next = P->free[cls];
  P->free[cls] = b;
}

void *ac__frame_alloc(size_t size, unsigned result_meta) {
  size_t cls = (size + GRAIN - 1) / GRAIN;
  ac_frame *f;
  if (cls <= CLASSES) {
    f = pool_get(&mem.frames, cls);
  } else {
    big_prefix *b = ac__alloc_or_oom(BIG_PREFIX + size);
    b->size = size;
    big_link(&mem.big_frames, b);
    f = (ac_frame *)((char *)b + BIG_PREFIX);
    cls = 0;
  }
  /* Only the header: every other member is written before it is read
   * (locals as in C, temporaries and results by the generated code). */
  memset(f, 0, sizeof *f);
  f->meta = result_meta | (unsigned)cls;
  mem.live++;
  return f;
}

static big_prefix *big_of(const void *p) { return (big_prefix *)((char *)p - BIG_PREFIX); }

size_t ac__frame_size(const ac_frame *f) {
  size_t cls = META_CLASS(f->meta);
  return cls ? cls * GRAIN : big_of(f)->size;
}

void ac__frame_free(ac_frame *f) {
  if (!f)
    return;
  size_t cls = META_CLASS(f->meta);
  mem.live--;
  if (cls) {
    pool_put(&mem.frames, f, cls);
  } else {
    big_unlink(&mem.big_frames, big_of(f));
    free(big_of(f));
  }
}

/* Moves a new frame into a task block: the frame has not run, so nothing
 * points into it yet. */
ac_task *ac__task_block(const ac_frame *frame) {
  size_t fsize = ac__frame_size(frame);
  size_t size = offsetof(ac_task, root) + fsize;
  size_t cls = (size + GRAIN - 1) / GRAIN;
  ac_task *t;
  if (cls <= CLASSES) {
    t = pool_get(&mem.tasks, cls);
  } else {
    big_prefix *b = ac__alloc_or_oom(BIG_PREFIX + size);
    b->size = size;
    big_link(&mem.big_tasks, b);
    t = (ac_task *)((char *)b + BIG_PREFIX);
    cls = 0;
  }
  memset(t, 0, offsetof(ac_task, root));
  memcpy(&t->root, frame, fsize);
  t->root.meta = (frame->meta & ~0xffu) | (unsigned)cls;
  ac__frame_free((ac_frame *)frame);
  mem.live++;
  return t;
}

void ac__task_block_retire(void) { mem.live--; }

void ac__task_block_free(ac_task *t) {
  size_t cls = META_CLASS(t->root.meta);
  if (cls) {
    /* The walk skips it; the link is the first word (top), flags stay. */
    t->flags = TASK_BLOCK_FREE;
    pool_put(&mem.tasks, t, cls);
  } else {
    big_unlink(&mem.big_tasks, big_of(t));
    free(big_of(t));
  }
}

void ac__tasks_foreach(void (*fn)(ac_task *t, void *ctx), void *ctx) {
  pool *P = &mem.tasks;
  for (slab *s = P->slabs; s; s = s->next) {
    char *end = s == P->slabs ? P->slab_next : s->end;
    for (char *p = (char *)s + 64; p < end;) {
      ac_task *t = (ac_task *)p;
      p += META_CLASS(t->root.meta) * GRAIN;
      if (!(t->flags & TASK_BLOCK_FREE))
        fn(t, ctx);
    }
  }
  for (big_prefix *b = mem.big_tasks, *next; b; b = next) {
    next = b->next; /* fn may free it */
    fn((ac_task *)((char *)b + BIG_PREFIX), ctx);
  }
}

size_t ac_frames_live(void) { return mem.live; }

/* Counted on demand: keeping a running total costs every alloc and free. */
size_t ac_frames_pooled_bytes(void) {
  size_t bytes = 0;
  for (size_t cls = 1; cls <= CLASSES; cls++) {
    for (free_block *f = mem.frames.free[cls]; f; f = f->next)
      bytes += cls * GRAIN;
    for (free_block *f = mem.tasks.free[cls]; f; f = f->next)
      bytes += cls * GRAIN;
  }
  return bytes;
}

void ac__frames_release_thread(void) {
  pool *pools[] = {&mem.frames, &mem.tasks};
  for (size_t i = 0; i < 2; i++) {
    for (slab *s = pools[i]->slabs, *next; s; s = next) {
      next = s->next;
      free(s);
    }
    memset(pools[i], 0, sizeof *pools[i]);
  }
  big_prefix *lists[] = {mem.big_tasks, mem.big_frames};
  for (size_t i = 0; i < 2; i++)
    for (big_prefix *b = lists[i], *next; b; b = next) {
      next = b->next;
      free(b);
    }
  mem.big_tasks = mem.big_frames = NULL;
  mem.live = 0;
}

static int in_pool(const pool *P, const char *p) {
  for (const slab *s = P->slabs; s; s = s->next)
    if (p >= (const char *)s + 64 && p < (const char *)s + SLAB)
      return 1;
  return 0;
}

static int in_big(const big_prefix *list, const char *p) {
  for (const big_prefix *b = list; b; b = b->next)
    if (p >= (const char *)b + BIG_PREFIX && p < (const char *)b + BIG_PREFIX + b->size)
      return 1;
  return 0;
}

int ac__frame_is_ours(const void *f) {
  const char *p = f;
  return in_pool(&mem.frames, p) || in_pool(&mem.tasks, p) || in_big(mem.big_frames, p) ||
         in_big(mem.big_tasks, p);
}
