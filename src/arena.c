/* arena.c - bump allocator: chunks are carved front to back, freed together. */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct chunk {
  struct chunk *prev;
  size_t size, used;
  _Alignas(16) unsigned char data[];
} chunk;

struct arena {
  chunk *cur;
  chunk *spare;  /* released chunks of the standard size, for reuse */
  size_t total;
};

enum { CHUNK_MIN = 256 * 1024 };

static void out_of_memory(size_t n) {
  fprintf(stderr, "asyncc: out of memory (allocating %zu bytes)\n", n);
  exit(1);
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    out_of_memory(n);
  return p;
}

void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q)
    out_of_memory(n);
  return q;
}

arena *arena_new(void) {
  arena *a = xmalloc(sizeof *a);
  a->cur = NULL;
  a->spare = NULL;
  a->total = 0;
  return a;
}

static void free_chunks(chunk *c) {
  for (chunk *prev; c; c = prev) {
    prev = c->prev;
    free(c);
  }
}

void arena_free(arena *a) {
  if (!a)
    return;
  free_chunks(a->cur);
  free_chunks(a->spare);
  free(a);
}

/* Starts a new chunk; what is left of the current one is abandoned. */
static void *alloc_slow(arena *a, size_t size) {
  size_t cap = size > CHUNK_MIN ? size : CHUNK_MIN;
  chunk *c;
  if (cap == CHUNK_MIN && a->spare) {
    /* Reused memory is already mapped: no page faults on the hot path. */
    c = a->spare;
    a->spare = c->prev;
  } else {
    c = xmalloc(sizeof *c + cap);
  }
  c->prev = a->cur;
  c->size = cap;
  c->used = size;
  a->cur = c;
  a->total += cap;
  return c->data;
}

void *arena_alloc_raw(arena *a, size_t size) {
  size = (size + 15) & ~(size_t)15;
  chunk *c = a->cur;
  if (c && c->size - c->used >= size) {
    void *p = c->data + c->used;
    c->used += size;
    return p;
  }
  return alloc_slow(a, size);
}

void *arena_alloc(arena *a, size_t size) {
  void *p = arena_alloc_raw(a, size);
  memset(p, 0, size);
  return p;
}

char *arena_strndup(arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

size_t arena_bytes(const arena *a) { return a->total; }

arena_mark arena_get_mark(const arena *a) {
  return (arena_mark){a->cur, a->cur ? a->cur->used : 0};
}

void arena_release(arena *a, arena_mark m) {
  while (a->cur && a->cur != m.chunk) {
    chunk *c = a->cur;
    a->cur = c->prev;
    a->total -= c->size;
    if (c->size == CHUNK_MIN) {
      c->prev = a->spare;
      a->spare = c;
    } else {
      free(c);
    }
  }
  if (a->cur)
    a->cur->used = m.used;
}
