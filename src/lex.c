/* lex.c - identifier classification and the other lexer helpers.
 *
 * Contextual keywords (SPEC 1): `async` is the specifier only where a
 * declaration specifier can stand, which we recognise by what follows it: a
 * specifier keyword, a typedef name or `async` (looking through attributes).
 * In every other position (`int async;`, `f(async)`, libuv's parameters
 * named async) it is an identifier. `await` is the operator only inside the
 * body of an async function. `__async`/`__await` are keywords everywhere. */
#include "lex.h"

#include <string.h>

#include "parse.h"
#include "parser.h"

static const struct {
  const char *word;
  int token;
} keywords[] = {
    {"auto", AUTO}, {"break", BREAK}, {"case", CASE}, {"char", CHAR}, {"const", CONST},
    {"__const", CONST}, {"__const__", CONST}, {"continue", CONTINUE}, {"default", DEFAULT},
    {"do", DO}, {"double", DOUBLE}, {"else", ELSE}, {"enum", ENUM}, {"extern", EXTERN},
    {"float", FLOAT}, {"for", FOR}, {"goto", GOTO}, {"if", IF}, {"inline", INLINE},
    {"__inline", INLINE}, {"__inline__", INLINE}, {"int", INT}, {"long", LONG},
    {"register", REGISTER}, {"restrict", RESTRICT}, {"__restrict", RESTRICT},
    {"__restrict__", RESTRICT}, {"return", RETURN}, {"short", SHORT}, {"signed", SIGNED},
    {"__signed", SIGNED}, {"__signed__", SIGNED}, {"sizeof", SIZEOF}, {"static", STATIC},
    {"struct", STRUCT}, {"switch", SWITCH}, {"typedef", TYPEDEF}, {"union", UNION},
    {"unsigned", UNSIGNED}, {"void", VOID}, {"volatile", VOLATILE}, {"__volatile", VOLATILE},
    {"__volatile__", VOLATILE}, {"while", WHILE}, {"_Alignas", ALIGNAS}, {"_Alignof", ALIGNOF},
    {"__alignof", ALIGNOF}, {"__alignof__", ALIGNOF}, {"_Atomic", ATOMIC}, {"_Bool", BOOL},
    {"_Complex", COMPLEX}, {"__complex", COMPLEX}, {"__complex__", COMPLEX},
    {"_Generic", GENERIC}, {"_Imaginary", IMAGINARY}, {"_Noreturn", NORETURN},
    {"_Static_assert", STATIC_ASSERT}, {"_Thread_local", THREAD_LOCAL}, {"__thread", THREAD_LOCAL},
    {"asm", ASM}, {"__asm", ASM}, {"__asm__", ASM}, {"typeof", TYPEOF}, {"__typeof", TYPEOF},
    {"__typeof__", TYPEOF}, {"__extension__", EXTENSION}, {"__label__", LOCAL_LABEL},
    {"__real", REAL}, {"__real__", REAL}, {"__imag", IMAG}, {"__imag__", IMAG},
    {"__int128", INT128}, {"_Float16", FLOAT_EXT}, {"_Float32", FLOAT_EXT},
    {"_Float64", FLOAT_EXT}, {"_Float128", FLOAT_EXT}, {"_Float32x", FLOAT_EXT},
    {"_Float64x", FLOAT_EXT}, {"_Float128x", FLOAT_EXT}, {"__float128", FLOAT_EXT},
    {"__float80", FLOAT_EXT}, {"__ibm128", FLOAT_EXT}, {"__bf16", FLOAT_EXT}, {"__fp16", FLOAT_EXT},
    {"_Decimal32", FLOAT_EXT}, {"_Decimal64", FLOAT_EXT}, {"_Decimal128", FLOAT_EXT},
    {"__auto_type", AUTO_TYPE}, {"__builtin_va_arg", VA_ARG}, {"__builtin_offsetof", OFFSETOF},
    {"__builtin_types_compatible_p", TYPES_COMPATIBLE},
    {"__builtin_convertvector", CONVERTVECTOR}, {"__builtin_bit_cast", BIT_CAST},
    {"__attribute__", ATTRIBUTE}, {"__attribute", ATTRIBUTE},
    {"async", ASYNC}, {"__async", ASYNC}, {"await", AWAIT}, {"__await", AWAIT},
};

/* Type names the compilers predefine. */
static const char *const builtin_typedefs[] = {
    "__builtin_va_list", "__int128_t", "__uint128_t", "__builtin_ms_va_list",
};

void lex_init_keywords(symtab *t) {
  for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++) {
    sym *s = sym_intern(t, keywords[i].word, strlen(keywords[i].word));
    s->keyword = keywords[i].token;
    s->contextual = keywords[i].word[0] == 'a' && (keywords[i].token == ASYNC || keywords[i].token == AWAIT);
  }
  for (size_t i = 0; i < sizeof builtin_typedefs / sizeof *builtin_typedefs; i++)
    scope_declare(t, sym_intern(t, builtin_typedefs[i], strlen(builtin_typedefs[i])), SYM_TYPEDEF);
}

tokval lex_tokval(parser *P, uint32_t begin, uint32_t len) {
  return (tokval){P->buf + begin, len, NULL};
}

static int is_word_char(unsigned char c) {
  return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

/* Skips blanks, newlines and whole directive lines from offset. */
static uint32_t skip_space(parser *P, uint32_t i) {
  const char *b = P->buf;
  uint32_t n = (uint32_t)P->len;
  while (i < n) {
    char c = b[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n') {
      i++;
      continue;
    }
    if (c == '#' && (i == 0 || b[i - 1] == '\n' || b[i - 1] == ' ' || b[i - 1] == '\t')) {
      /* Only a '#' first on its line starts a directive. */
      uint32_t k = i;
      while (k > 0 && (b[k - 1] == ' ' || b[k - 1] == '\t'))
        k--;
      if (k == 0 || b[k - 1] == '\n') {
        while (i < n && b[i] != '\n')
          i++;
        continue;
      }
    }
    break;
  }
  return i;
}

sym *lex_peek_word(parser *P, uint32_t offset, uint32_t *word_end) {
  uint32_t i = skip_space(P, offset), j = i;
  while (j < P->len && is_word_char((unsigned char)P->buf[j]))
    j++;
  if (j == i || (P->buf[i] >= '0' && P->buf[i] <= '9'))
    return NULL;
  if (word_end)
    *word_end = j;
  return sym_intern(P->syms, P->buf + i, j - i);
}

/* Skips a balanced (...) group starting at the next token; returns the
 * offset after it, or 0 when the next token is not '('. */
static uint32_t skip_parens(parser *P, uint32_t i) {
  i = skip_space(P, i);
  if (i >= P->len || P->buf[i] != '(')
    return 0;
  int depth = 0;
  for (; i < P->len; i++) {
    char c = P->buf[i];
    if (c == '(')
      depth++;
    else if (c == ')' && --depth == 0)
      return i + 1;
    else if (c == '"' || c == '\'') {
      for (i++; i < P->len && P->buf[i] != c && P->buf[i] != '\n'; i++)
        if (P->buf[i] == '\\')
          i++;
    }
  }
  return 0;
}

/* Whether the tokens after offset begin declaration specifiers. */
static int starts_specifiers(parser *P, uint32_t offset) {
  for (;;) {
    uint32_t end;
    sym *s = lex_peek_word(P, offset, &end);
    if (!s)
      return 0;
    switch (s->keyword) {
    case 0:
      return sym_lookup(s) == SYM_TYPEDEF;
    case ATTRIBUTE:
      if (!(offset = skip_parens(P, end)))
        return 0;
      continue;
    case AUTO: case CHAR: case CONST: case DOUBLE: case ENUM: case EXTERN: case FLOAT:
    case INLINE: case INT: case LONG: case REGISTER: case RESTRICT: case SHORT:
    case SIGNED: case STATIC: case STRUCT: case TYPEDEF: case UNION: case UNSIGNED:
    case VOID: case VOLATILE: case ALIGNAS: case ATOMIC: case BOOL: case COMPLEX:
    case IMAGINARY: case NORETURN: case THREAD_LOCAL: case TYPEOF: case EXTENSION:
    case INT128: case FLOAT_EXT: case AUTO_TYPE: case ASYNC:
      return 1;
    default:
      return 0;
    }
  }
}

int lex_word(parser *P, union ACYSTYPE *lval, srcspan *loc) {
  if (loc->begin < P->skip_to)
    return LEX_SKIP;
  sym *s = sym_intern(P->syms, P->buf + loc->begin, loc->end - loc->begin);
  lval->t.sym = s;
  lval->t.s = s->name; /* interned: names compare by pointer */
  switch (s->keyword) {
  case 0:
    if (s->async_fn)
      P->saw_async++; /* the enclosing function needs checking */
    return sym_lookup(s) == SYM_TYPEDEF ? TYPEDEF_NAME : IDENTIFIER;
  case ATTRIBUTE:
    P->attr_depth = 0;
    P->attr_begin = loc->begin;
    return LEX_ATTR_START;
  case ASYNC:
    if (s->contextual && sym_lookup(s) == SYM_TYPEDEF)
      return TYPEDEF_NAME;
    if (s->contextual && !starts_specifiers(P, loc->end))
      return IDENTIFIER;
    P->saw_async++;
    return ASYNC;
  case AWAIT:
    if (s->contextual && !P->in_async)
      return IDENTIFIER;
    P->saw_async++;
    return AWAIT;
  case EXTENSION: {
    /* `__extension__ __extension__` is one token (see the grammar). */
    uint32_t end;
    sym *n;
    while ((n = lex_peek_word(P, loc->end, &end)) && n->keyword == EXTENSION)
      loc->end = end;
    lval->t.s = P->buf + loc->begin;
    lval->t.len = loc->end - loc->begin;
    P->skip_to = loc->end;
    return EXTENSION;
  }
  default:
    lval->t.s = P->buf + loc->begin; /* keep the spelling (__const, __inline__) */
    return s->keyword;
  }
}

int lex_attr_close(parser *P, union ACYSTYPE *lval, srcspan *loc) {
  if (--P->attr_depth > 0)
    return 0;
  /* Adjacent attributes form one token, so attribute lists never need a
   * rule of their own in the grammar. */
  uint32_t end;
  sym *n = lex_peek_word(P, loc->end, &end);
  if (n && n->keyword == ATTRIBUTE)
    return 0;
  loc->begin = P->attr_begin;
  lval->t = lex_tokval(P, loc->begin, loc->end - loc->begin);
  return 1;
}

/* A directive line, possibly with the blank lines before it. Line markers
 * are for the position map (src/srcmap.c); other directives (#pragma,
 * #ident) are kept for the printer. */
void lex_directive(parser *P, uint32_t begin, uint32_t len) {
  const char *b = P->buf, *hash = memchr(b + begin, '#', len);
  uint32_t end = begin + len, at = (uint32_t)(hash - b), line = at;
  while (line > begin && b[line - 1] != '\n')
    line--;
  const char *p = hash + 1;
  while (p < b + end && (*p == ' ' || *p == '\t'))
    p++;
  if (p < b + end && ((*p >= '0' && *p <= '9') || (b + end - p >= 4 && memcmp(p, "line", 4) == 0)))
    return;
  if (P->npragmas == P->pragmas_cap) {
    P->pragmas_cap = P->pragmas_cap ? P->pragmas_cap * 2 : 64;
    P->pragmas = xrealloc(P->pragmas, P->pragmas_cap * sizeof *P->pragmas);
  }
  P->pragmas[P->npragmas++] = (pragma_line){line, end - line};
}

int lex_delim(parser *P, int c) {
  if (c == '(' || c == '[' || c == '{') {
    if (P->ndelims < (int)sizeof P->delims)
      P->delims[P->ndelims] = (char)c;
    P->ndelims++;
    P->last_delim = LAST_OPENED;
  } else {
    P->closed = P->ndelims > 0 && P->ndelims <= (int)sizeof P->delims ? P->delims[P->ndelims - 1] : 0;
    if (P->ndelims > 0)
      P->ndelims--;
    P->last_delim = LAST_CLOSED;
  }
  return c;
}

int lex_open_before_last(const parser *P) {
  if (P->last_delim == LAST_CLOSED)
    return P->closed;
  int depth = P->ndelims - (P->last_delim == LAST_OPENED);
  return depth > 0 && depth <= (int)sizeof P->delims ? P->delims[depth - 1] : 0;
}

int lex_error(parser *P, uint32_t offset, const char *msg) {
  diag_at(P->d, DIAG_ERROR, offset, "%s", msg);
  return ACYerror;
}

int lex_stray(parser *P, uint32_t offset) {
  unsigned char c = (unsigned char)P->buf[offset];
  if (c >= 0x20 && c < 0x7f)
    diag_at(P->d, DIAG_ERROR, offset, "stray '%c' in program", c);
  else
    diag_at(P->d, DIAG_ERROR, offset, "stray '\\%o' in program", c);
  return ACYerror;
}
