/* scope.h - identifier interning and the ordinary-identifier scopes that
 * tell the lexer whether a name is a typedef name (the "lexer hack"). */
#ifndef ASYNCC_SCOPE_H
#define ASYNCC_SCOPE_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* What the innermost visible declaration of a name is. */
typedef enum {
  SYM_NONE,     /* not declared in any open scope */
  SYM_VAR,      /* object, function, parameter or enumeration constant */
  SYM_TYPEDEF,  /* typedef name */
} sym_kind;

typedef struct binding binding;

/* One interned identifier: equal names share one sym, so names compare by
 * pointer. `keyword` is the parser token for reserved words, else 0. */
typedef struct sym {
  const char *name;
  uint32_t len, hash;
  int keyword;
  int contextual;  /* async/await: a keyword only in some positions */
  int async_fn;    /* declared as an async function somewhere in the unit */
  binding *top;  /* innermost declaration, NULL when SYM_NONE */
} sym;

typedef struct symtab symtab;

symtab *symtab_new(arena *a);
void symtab_free(symtab *t);     /* frees what the arena does not own */
sym *sym_intern(symtab *t, const char *s, size_t len);
sym_kind sym_lookup(const sym *s);

void scope_push(symtab *t);
void scope_pop(symtab *t);
int scope_depth(const symtab *t);  /* 0 is file scope */
/* Declares s in the innermost scope; a later declaration in the same scope
 * replaces the kind (C allows typedef redefinition and such). */
void scope_declare(symtab *t, sym *s, sym_kind kind);

#endif
