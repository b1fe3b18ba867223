/* scope.c - open-addressing intern table plus per-name binding stacks.
 *
 * Every sym carries the stack of its visible declarations (innermost on top),
 * and each open scope remembers, in an undo log, which syms it pushed onto;
 * closing a scope pops exactly those. A lookup is therefore one hash probe at
 * intern time and one pointer read afterwards, whatever the nesting depth. */
#include "scope.h"

#include <stdlib.h>
#include <string.h>

struct binding {
  binding *below;
  int depth;
  sym_kind kind;
};

struct symtab {
  arena *a;
  sym **slots;
  size_t cap, count;
  sym **undo;        /* syms declared, in order, across all open scopes */
  size_t undo_len, undo_cap;
  size_t *marks;     /* undo_len at each scope_push */
  int depth, marks_cap;
  binding *free_bindings;
};

/* Word-at-a-time multiplicative hash: identifiers are hashed once per
 * occurrence, so this is on the lexer's hot path. */
static uint32_t hash_bytes(const char *s, size_t n) {
  uint64_t h = 0x9e3779b97f4a7c15u ^ n;
  while (n >= 8) {
    uint64_t w;
    memcpy(&w, s, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdu;
    h ^= h >> 32;
    s += 8, n -= 8;
  }
  uint64_t w = 0;
  memcpy(&w, s, n);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53u;
  h ^= h >> 29;
  return (uint32_t)h;
}

symtab *symtab_new(arena *a) {
  symtab *t = xmalloc(sizeof *t);
  memset(t, 0, sizeof *t);
  t->a = a;
  t->cap = 4096;
  t->slots = xmalloc(t->cap * sizeof *t->slots);
  memset(t->slots, 0, t->cap * sizeof *t->slots);
  return t;
}

void symtab_free(symtab *t) {
  if (!t)
    return;
  free(t->slots);
  free(t->undo);
  free(t->marks);
  free(t);
}

static void grow(symtab *t) {
  size_t cap = t->cap * 2;
  sym **slots = xmalloc(cap * sizeof *slots);
  memset(slots, 0, cap * sizeof *slots);
  for (size_t i = 0; i < t->cap; i++) {
    sym *s = t->slots[i];
    if (!s)
      continue;
    size_t j = s->hash & (cap - 1);
    while (slots[j])
      j = (j + 1) & (cap - 1);
    slots[j] = s;
  }
  free(t->slots);
  t->slots = slots;
  t->cap = cap;
}

sym *sym_intern(symtab *t, const char *s, size_t len) {
  uint32_t h = hash_bytes(s, len);
  size_t i = h & (t->cap - 1);
  for (sym *e; (e = t->slots[i]); i = (i + 1) & (t->cap - 1))
    if (e->hash == h && e->len == len && memcmp(e->name, s, len) == 0)
      return e;
  sym *e = arena_alloc(t->a, sizeof *e);
  e->name = arena_strndup(t->a, s, len);
  e->len = (uint32_t)len;
  e->hash = h;
  t->slots[i] = e;
  if (++t->count * 2 > t->cap)
    grow(t);
  return e;
}

sym_kind sym_lookup(const sym *s) { return s->top ? s->top->kind : SYM_NONE; }

int scope_depth(const symtab *t) { return t->depth; }

void scope_push(symtab *t) {
  if (t->depth + 1 >= t->marks_cap) {
    t->marks_cap = t->marks_cap ? t->marks_cap * 2 : 64;
    t->marks = xrealloc(t->marks, (size_t)t->marks_cap * sizeof *t->marks);
  }
  t->marks[++t->depth] = t->undo_len;
}

void scope_pop(symtab *t) {
  if (t->depth == 0)
    return;
  size_t mark = t->marks[t->depth--];
  while (t->undo_len > mark) {
    sym *s = t->undo[--t->undo_len];
    binding *b = s->top;
    s->top = b->below;
    b->below = t->free_bindings;
    t->free_bindings = b;
  }
}

void scope_declare(symtab *t, sym *s, sym_kind kind) {
  if (s->top && s->top->depth == t->depth) {
    s->top->kind = kind;
    return;
  }
  binding *b = t->free_bindings;
  if (b)
    t->free_bindings = b->below;
  else
    b = arena_alloc(t->a, sizeof *b);
  b->below = s->top;
  b->depth = t->depth;
  b->kind = kind;
  s->top = b;
  if (t->undo_len == t->undo_cap) {
    t->undo_cap = t->undo_cap ? t->undo_cap * 2 : 256;
    t->undo = xrealloc(t->undo, t->undo_cap * sizeof *t->undo);
  }
  t->undo[t->undo_len++] = s;
}
