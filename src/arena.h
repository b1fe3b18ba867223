/* arena.h - bump allocator owning all memory of one translation. */
#ifndef ASYNCC_ARENA_H
#define ASYNCC_ARENA_H

#include <stddef.h>

typedef struct arena arena;

/* Both never return NULL: out of memory is reported and the process exits
 * (a translator cannot do anything useful without memory). */
arena *arena_new(void);
void arena_free(arena *a);
void *arena_alloc(arena *a, size_t size);  /* zeroed, 16-byte aligned */
void *arena_alloc_raw(arena *a, size_t size); /* not zeroed, 16-byte aligned */
char *arena_strndup(arena *a, const char *s, size_t n);
size_t arena_bytes(const arena *a);        /* bytes reserved from the system */

/* A position in the arena: releasing to it frees everything allocated
 * since, keeping the memory of the chunk it is in for reuse. */
typedef struct {
  struct chunk *chunk;
  size_t used;
} arena_mark;
arena_mark arena_get_mark(const arena *a);
void arena_release(arena *a, arena_mark m);

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);

#endif
