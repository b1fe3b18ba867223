/* ast.c - syntax tree constructors called from the grammar's actions. */
#include "ast.h"

#include <stdlib.h>

node *ast_node(arena *A, ast_kind k, srcspan loc, node *a, node *b, node *c, node *d) {
  node *n = arena_alloc_raw(A, sizeof *n);
  *n = (node){.kind = (uint16_t)k, .loc = loc, .a = a, .b = b, .c = c, .d = d};
  return n;
}

node *ast_op(arena *A, ast_kind k, srcspan loc, int op, node *a, node *b) {
  node *n = ast_node(A, k, loc, a, b, NULL, NULL);
  n->op = op;
  return n;
}

node *ast_text(arena *A, ast_kind k, srcspan loc, tokval t, node *a, node *b) {
  node *n = ast_node(A, k, loc, a, b, NULL, NULL);
  n->text = t.s;
  n->len = t.len;
  n->sym = t.sym;
  return n;
}

node *ast_flags(node *n, int flags) {
  n->flags |= (uint16_t)flags;
  return n;
}

node *ast_list(arena *A, srcspan loc, node *first) {
  node *l = ast_node(A, AST_LIST, loc, first, first, NULL, NULL);
  if (first)
    first->next = NULL;
  return l;
}

node *ast_append(node *list, node *item) {
  item->next = NULL;
  if (list->b)
    list->b->next = item;
  else
    list->a = item;
  list->b = item;
  if (item->loc.end > list->loc.end)
    list->loc.end = item->loc.end;
  return list;
}

node *ast_prepend(node *list, node *item) {
  item->next = list->a;
  list->a = item;
  if (!list->b)
    list->b = item;
  if (item->loc.begin < list->loc.begin || list->loc.begin == list->loc.end)
    list->loc.begin = item->loc.begin;
  return list;
}

const char *ast_kind_name(ast_kind k) {
  static const char *const names[] = {
      "LIST", "TU", "FUNC_DEF", "DECL", "INIT_DECL", "STATIC_ASSERT", "TOPLEVEL_ASM",
      "EMPTY_DECL", "SPEC", "ATTR", "ASM_LABEL", "TYPEDEF_NAME", "STRUCT", "MEMBER_DECL",
      "MEMBER", "ENUM", "ENUMERATOR", "TYPEOF", "ATOMIC_TYPE", "ALIGNAS", "TYPE_NAME",
      "PARAM", "ELLIPSIS", "D_NAME", "D_PTR", "D_PAREN", "D_ARRAY", "D_FUNC", "COMPOUND",
      "LABEL", "CASE", "DEFAULT", "LOCAL_LABELS", "EXPR_STMT", "ATTR_STMT", "IF", "SWITCH",
      "WHILE", "DO", "FOR", "GOTO", "GOTO_PTR", "CONTINUE", "BREAK", "RETURN", "ASM",
      "ASM_OPERAND", "IDENT", "CONST", "STRING", "STRINGS", "PAREN", "STMT_EXPR", "BINARY",
      "ASSIGN", "COND", "UNARY", "POSTFIX", "CAST", "SIZEOF_TYPE", "INDEX", "CALL",
      "MEMBER_ACCESS", "COMPOUND_LIT", "INIT_LIST", "INIT_ITEM", "DESIG_FIELD",
      "DESIG_INDEX", "GENERIC", "GENERIC_ASSOC", "LABEL_ADDR", "AWAIT", "BUILTIN",
      "OFFSETOF_PATH",
  };
  _Static_assert(sizeof names / sizeof *names == AST_KIND_COUNT, "names out of sync");
  return (unsigned)k < AST_KIND_COUNT ? names[k] : "?";
}

node *ast_find(node *n, int (*visit)(node *n, void *ctx), void *ctx) {
  size_t cap = 256, len = 0;
  node **stack = xmalloc(cap * sizeof *stack);
  node *found = NULL;
  if (n)
    stack[len++] = n;
  while (len) {
    node *x = stack[--len];
    if (visit(x, ctx)) {
      found = x;
      break;
    }
    if (cap - len < 8) {
      cap *= 2;
      stack = xrealloc(stack, cap * sizeof *stack);
    }
    if (x->kind == AST_LIST) {
      /* Items pushed in reverse so they pop in order. */
      size_t first = len;
      for (node *it = x->a; it; it = it->next) {
        if (len == cap)
          stack = xrealloc(stack, (cap *= 2) * sizeof *stack);
        stack[len++] = it;
      }
      for (size_t i = first, j = len; j-- > i; i++) {
        node *t = stack[i];
        stack[i] = stack[j];
        stack[j] = t;
      }
      continue;
    }
    node *kids[] = {x->d, x->c, x->b, x->a};
    for (int i = 0; i < 4; i++)
      if (kids[i])
        stack[len++] = kids[i];
  }
  free(stack);
  return found;
}

node *ast_too_deep(node *n, int limit) {
  typedef struct {
    node *n;
    int depth;
  } item;
  size_t cap = 256, len = 0;
  item *stack = xmalloc(cap * sizeof *stack);
  node *found = NULL;
  if (n)
    stack[len++] = (item){n, 1};
  while (len) {
    item x = stack[--len];
    if (x.depth > limit) {
      found = x.n;
      break;
    }
    if (x.n->kind == AST_LIST) {
      for (node *it = x.n->a; it; it = it->next) {
        if (len == cap)
          stack = xrealloc(stack, (cap *= 2) * sizeof *stack);
        stack[len++] = (item){it, x.depth + 1};
      }
      continue;
    }
    if (cap - len < 4)
      stack = xrealloc(stack, (cap *= 2) * sizeof *stack);
    node *kids[] = {x.n->a, x.n->b, x.n->c, x.n->d};
    for (int i = 0; i < 4; i++)
      if (kids[i])
        stack[len++] = (item){kids[i], x.depth + 1};
  }
  free(stack);
  return found;
}

node *ast_declarator_name(node *d) {
  while (d) {
    switch (d->kind) {
    case AST_D_NAME:
      return d->text ? d : NULL;
    case AST_D_PTR:
    case AST_D_PAREN:
      d = d->b;
      break;
    case AST_D_ARRAY:
    case AST_D_FUNC:
      d = d->a;
      break;
    default:
      return NULL;
    }
  }
  return NULL;
}

node *ast_function_declarator(node *d) {
  for (node *n = d; n;) {
    if (n->kind == AST_D_FUNC) {
      node *in = n->a;
      while (in && in->kind == AST_D_PAREN)
        in = in->b;
      if (in && in->kind == AST_D_NAME)
        return n;
      n = n->a;
    } else if (n->kind == AST_D_PTR || n->kind == AST_D_PAREN) {
      n = n->b;
    } else if (n->kind == AST_D_ARRAY) {
      n = n->a;
    } else {
      return NULL;
    }
  }
  return NULL;
}
