/* ast.h - the syntax tree of one translation unit.
 *
 * One node shape for everything: a kind, an operator or keyword token, the
 * byte span in the preprocessed text, an optional spelling, four children
 * and a sibling link for lists. The tree keeps the source's syntax (written
 * parentheses, declarators as written, keyword spellings such as __const),
 * so printing it gives back an equivalent program without a type checker.
 * All nodes live in the translation's arena. */
#ifndef ASYNCC_AST_H
#define ASYNCC_AST_H

#include <stdint.h>

#include "arena.h"

/* Byte span [begin, end) in the preprocessed text; bison's YYLTYPE. */
typedef struct {
  uint32_t begin, end;
} srcspan;

/* A token's spelling, pointing into the preprocessed text (not terminated)
 * or, for identifiers, at the interned NUL-terminated name. */
typedef struct {
  const char *s;
  uint32_t len;
  struct sym *sym;  /* identifiers and keywords: the interned name */
} tokval;

typedef enum {
  AST_LIST,           /* a: first item, b: last item (items chained by next) */
  AST_TU,             /* a: list of external declarations */
  /* declarations */
  AST_FUNC_DEF,       /* a: specifiers, b: declarator, c: K&R declarations, d: body */
  AST_DECL,           /* a: specifiers, b: init-declarators; flags DF_TYPEDEF */
  AST_INIT_DECL,      /* a: declarator, b: attributes/asm label list, c: initializer */
  AST_STATIC_ASSERT,  /* a: condition, b: message (AST_STRINGS) or NULL */
  AST_TOPLEVEL_ASM,   /* text: asm keyword, a: AST_STRINGS */
  AST_EMPTY_DECL,     /* a stray ';' at file scope or in a struct */
  AST_SPEC,           /* keyword specifier or qualifier; op: token, text: spelling */
  AST_ATTR,           /* __attribute__((...)), text: the whole spelling */
  AST_ASM_LABEL,      /* text: asm keyword, a: AST_STRINGS */
  AST_TYPEDEF_NAME,   /* a typedef name used as type specifier; text */
  AST_STRUCT,         /* op: STRUCT/UNION, text: tag or NULL, a: attrs,
                         b: member declarations; flags DF_BODY */
  AST_MEMBER_DECL,    /* a: specifiers, b: member declarators */
  AST_MEMBER,         /* a: declarator or NULL, b: bit-field width, c: attrs */
  AST_ENUM,           /* text: tag or NULL, a: attrs, b: enumerators; DF_BODY */
  AST_ENUMERATOR,     /* text: name, a: attrs, b: value or NULL */
  AST_TYPEOF,         /* text: keyword spelling, a: expression or type name */
  AST_ATOMIC_TYPE,    /* _Atomic(type-name); a: type name */
  AST_ALIGNAS,        /* text: keyword spelling, a: type name or expression */
  AST_TYPE_NAME,      /* a: specifiers, b: abstract declarator or NULL */
  AST_PARAM,          /* a: specifiers, b: declarator (maybe abstract), c: attrs */
  AST_ELLIPSIS,       /* the "..." of a variadic parameter list */
  /* declarators, nested as written: `*p[3]` is PTR(ARRAY(NAME)) */
  AST_D_NAME,         /* text: the declared name; NULL text for abstract */
  AST_D_PTR,          /* a: qualifiers and attributes, b: what follows the '*' */
  AST_D_PAREN,        /* a: attributes, b: inner declarator */
  AST_D_ARRAY,        /* a: inner, b: size, c: qualifiers; DF_STATIC, DF_VLA_STAR */
  AST_D_FUNC,         /* a: inner, b: parameters (AST_PARAM / AST_D_NAME for K&R) */
  /* statements */
  AST_COMPOUND,       /* a: block items */
  AST_LABEL,          /* text: label name, a: attrs, b: labelled statement or NULL */
  AST_CASE,           /* a: value, b: range end or NULL, c: statement or NULL */
  AST_DEFAULT,        /* c: statement or NULL */
  AST_LOCAL_LABELS,   /* __label__ a, b; a: list of AST_IDENT */
  AST_EXPR_STMT,      /* a: expression or NULL for ';' */
  AST_ATTR_STMT,      /* a: attributes, e.g. __attribute__((fallthrough)); */
  AST_IF,             /* a: condition, b: then, c: else or NULL */
  AST_SWITCH,         /* a: controlling expression, b: body */
  AST_WHILE,          /* a: condition, b: body */
  AST_DO,             /* a: body, b: condition */
  AST_FOR,            /* a: init (declaration or AST_EXPR_STMT), b: condition,
                         c: step, d: body */
  AST_GOTO,           /* text: label */
  AST_GOTO_PTR,       /* goto *a; */
  AST_CONTINUE,
  AST_BREAK,
  AST_RETURN,         /* a: value or NULL */
  AST_ASM,            /* text: keyword, a: qualifiers, b: template,
                         c: sections (AST_LIST of AST_LISTs) or NULL */
  AST_ASM_OPERAND,    /* text: [name] or NULL, a: constraint, b: expression */
  /* expressions */
  AST_IDENT,          /* text */
  AST_CONST,          /* number or character constant; text */
  AST_STRING,         /* one string literal piece; text */
  AST_STRINGS,        /* adjacent string literals; a: list of AST_STRING */
  AST_PAREN,          /* ( a ) as written */
  AST_STMT_EXPR,      /* ({ ... }); a: compound statement */
  AST_BINARY,         /* a op b, also ',' */
  AST_ASSIGN,         /* a op= b; op is '=' or the compound operator token */
  AST_COND,           /* a ? b : c; b NULL for GNU a ?: c */
  AST_UNARY,          /* prefix op a; text: spelling for keyword operators */
  AST_POSTFIX,        /* a op (++ or --) */
  AST_CAST,           /* (a) b; a: type name */
  AST_SIZEOF_TYPE,    /* text: sizeof/_Alignof spelling, a: type name */
  AST_INDEX,          /* a[b] */
  AST_CALL,           /* a(b...) */
  AST_MEMBER_ACCESS,  /* a.text or a->text; op '.' or PTR_OP */
  AST_COMPOUND_LIT,   /* (a){b}; b: initializer list */
  AST_INIT_LIST,      /* { items }; a: list of AST_INIT_ITEM; DF_TRAILING_COMMA */
  AST_INIT_ITEM,      /* a: designators or NULL, b: initializer */
  AST_DESIG_FIELD,    /* .text */
  AST_DESIG_INDEX,    /* [a] or [a ... b] */
  AST_GENERIC,        /* _Generic(a, b...); b: list of AST_GENERIC_ASSOC */
  AST_GENERIC_ASSOC,  /* a: type name or NULL for default, b: expression */
  AST_LABEL_ADDR,     /* &&text */
  AST_AWAIT,          /* await a; text: keyword spelling */
  AST_BUILTIN,        /* text(a, b) for builtins taking type operands:
                         __builtin_va_arg, __builtin_offsetof, ... */
  AST_OFFSETOF_PATH,  /* a: list of AST_IDENT / AST_DESIG_FIELD / AST_DESIG_INDEX */
  AST_KIND_COUNT
} ast_kind;

/* Flag bits of node.flags. */
enum {
  DF_TYPEDEF = 1,         /* AST_DECL: a typedef declaration */
  DF_BODY = 2,            /* AST_STRUCT/AST_ENUM: has a { } body */
  DF_STATIC = 4,          /* AST_D_ARRAY: [static n] */
  DF_VLA_STAR = 8,        /* AST_D_ARRAY: [*] */
  DF_TRAILING_COMMA = 16, /* AST_INIT_LIST / AST_ENUM: a ',' before '}' */
  DF_STATIC_FIRST = 32,   /* AST_D_ARRAY: static written before qualifiers */
  DF_ASYNC = 64,          /* AST_FUNC_DEF / AST_DECL: has the async specifier */
  DF_LOCAL_NAME = 128,    /* AST_IDENT: names a local that hides an async function */
};

typedef struct node node;
struct node {
  uint16_t kind;
  uint16_t flags;
  int32_t op;
  srcspan loc;
  const char *text;
  uint32_t len;
  struct sym *sym;  /* identifiers: the interned name (else NULL) */
  node *a, *b, *c, *d;
  node *next;
};

node *ast_node(arena *A, ast_kind k, srcspan loc, node *a, node *b, node *c, node *d);
node *ast_op(arena *A, ast_kind k, srcspan loc, int op, node *a, node *b);
node *ast_text(arena *A, ast_kind k, srcspan loc, tokval t, node *a, node *b);
node *ast_flags(node *n, int flags); /* n->flags |= flags; returns n */

node *ast_list(arena *A, srcspan loc, node *first); /* first may be NULL */
node *ast_append(node *list, node *item);           /* returns list */
node *ast_prepend(node *list, node *item);          /* returns list */
/* Iteration: for (node *it = ast_first(l); it; it = it->next) */
static inline node *ast_first(const node *list) { return list ? list->a : NULL; }

const char *ast_kind_name(ast_kind k);

/* The D_NAME a declarator declares, or NULL for an abstract one. */
node *ast_declarator_name(node *d);
/* The function declarator that applies to the declared name: the one whose
 * inner part is the name itself (through parentheses). In
 * `int (*f(int a))(int b)` that is f(int a). NULL if the name is no function. */
node *ast_function_declarator(node *d);

/* Visits n and every node below it in pre-order, with an explicit stack (no
 * recursion, so a million nested else-ifs cannot overflow the C stack).
 * Stops early and returns the node for which visit returned non-zero. */
node *ast_find(node *n, int (*visit)(node *n, void *ctx), void *ctx);
/* A node nested more than limit levels below n, or NULL (an explicit
 * stack: it works at any depth). */
node *ast_too_deep(node *n, int limit);

#endif
