/* print.c - prints a syntax tree back as C, from the tree alone.
 *
 * Used to check that the parse is complete (a program printed this way must
 * behave as the original) and by the transform to write the code it builds.
 * Tokens are written with a space only where two would otherwise merge; each
 * declaration and statement starts on its own line, and line markers keep
 * the printed code pointing at the original file and line (with GCC's
 * system-header flag, so warnings stay as quiet as in the original). #pragma
 * lines are written before the first declaration or statement that follows
 * them in the source. */
#include "print.h"

#include <string.h>

#include "parser.h"

static void pr(printer *w, const node *n);

static int word_char(char c) {
  return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

static int punct_joins(char c) { return c && strchr("+-*/%&|^!=<>.:#?", c) != NULL; }

/* Writes one token, separated from the previous one only if they would merge. */
static void tok(printer *w, const char *s, size_t n) {
  if (!n)
    return;
  char first = s[0];
  /* A word char before '.', '+' or '-' could extend a pp-number (1...5,
   * 0x1e+1); quotes before a word could form a literal suffix. */
  if ((word_char(w->last) && (word_char(first) || first == '.' || first == '+' || first == '-')) ||
      (punct_joins(w->last) && punct_joins(first)) ||
      ((w->last == '\'' || w->last == '"') && word_char(first)))
    fputc(' ', w->out);
  fwrite(s, 1, n, w->out);
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\n') {
      /* Text with a line break (an attribute spanning lines) may carry line
       * markers of its own: stop trusting our line count. */
      w->synced = 0;
    }
  w->last = s[n - 1];
}

static void str(printer *w, const char *s) { tok(w, s, strlen(s)); }
void print_str(printer *w, const char *s) { str(w, s); }
static void text(printer *w, const node *n) { tok(w, n->text, n->len); }

static void newline(printer *w) {
  if (w->last != '\n') {
    fputc('\n', w->out);
    w->last = '\n';
    w->line++;
  }
}

static void write_marker(printer *w, srcpos p) {
  newline(w);
  fprintf(w->out, "# %d \"", p.line);
  for (const char *c = p.file; *c; c++) {
    if (*c == '"' || *c == '\\')
      fputc('\\', w->out);
    fputc(*c, w->out);
  }
  fputc('"', w->out);
  if (p.sys)
    fputs(" 3", w->out);
  if (p.externc)
    fputs(" 4", w->out);
  fputc('\n', w->out);
  w->file = p.file;
  w->line = p.line;
  w->sys = p.sys;
  w->externc = p.externc;
  w->synced = 1;
}

static void flush_pragmas(printer *w, uint32_t before) {
  const parser *P = w->P;
  while (w->next_pragma < P->npragmas && P->pragmas[w->next_pragma].offset < before) {
    pragma_line pl = P->pragmas[w->next_pragma++];
    srcpos p = srcmap_locate(&w->map, pl.offset);
    newline(w);
    if (!w->synced || p.file != w->file || p.line != w->line || p.sys != w->sys)
      write_marker(w, p);
    fwrite(P->buf + pl.offset, 1, pl.len, w->out);
    fputc('\n', w->out);
    w->line++;
  }
}

/* Starts a declaration or statement on a line of its own at its source line. */
static void sync_at(printer *w, uint32_t offset) {
  flush_pragmas(w, offset);
  srcpos p = srcmap_locate(&w->map, offset);
  int same = w->synced && p.file == w->file && p.sys == w->sys;
  if (same && p.line == w->line && w->last != '\n')
    return; /* another statement on the same source line */
  newline(w);
  if (same && p.line >= w->line && p.line - w->line < 8) {
    while (w->line < p.line) {
      fputc('\n', w->out);
      w->line++;
    }
  } else if (!same || p.line != w->line) {
    write_marker(w, p);
  }
  for (int i = 0; i < w->indent; i++)
    fputs("  ", w->out);
}

static void sync(printer *w, const node *n) { sync_at(w, n->loc.begin); }

static const char *op_spelling(int op) {
  switch (op) {
  case SHL: return "<<";
  case SHR: return ">>";
  case LE: return "<=";
  case GE: return ">=";
  case EQ: return "==";
  case NE: return "!=";
  case ANDAND: return "&&";
  case OROR: return "||";
  case INC: return "++";
  case DEC: return "--";
  case PTR_OP: return "->";
  case ',': return ",";
  default: return "?";
  }
}

static void op(printer *w, int o) {
  if (o > 0 && o < 128) {
    char c = (char)o;
    tok(w, &c, 1);
  } else {
    str(w, op_spelling(o));
  }
}

/* Items of a list separated by sep (NULL: by the token spacing only). */
static void list(printer *w, const node *l, const char *sep) {
  int first = 1;
  for (const node *n = ast_first(l); n; n = n->next) {
    if (!first && sep)
      str(w, sep);
    pr(w, n);
    first = 0;
  }
}

static void specs(printer *w, const node *l) { list(w, l, NULL); }

static void block_items(printer *w, const node *l) {
  for (const node *n = ast_first(l); n; n = n->next) {
    sync(w, n);
    pr(w, n);
  }
}

static void body(printer *w, const node *stmt) {
  w->indent++;
  sync(w, stmt);
  pr(w, stmt);
  w->indent--;
}

static void compound(printer *w, const node *n) {
  str(w, "{");
  w->indent++;
  block_items(w, n->a);
  w->indent--;
  flush_pragmas(w, n->loc.end - 1);
  newline(w);
  for (int i = 0; i < w->indent; i++)
    fputs("  ", w->out);
  str(w, "}");
}

static void pr(printer *w, const node *n) {
  if (!n)
    return;
  if (w->subst) {
    const char *s = w->subst(w->ctx, w, n);
    if (s) {
      str(w, s);
      return;
    }
  }
  switch ((ast_kind)n->kind) {
  case AST_LIST:
    list(w, n, NULL);
    break;
  case AST_TU:
    for (const node *d = ast_first(n->a); d; d = d->next) {
      sync(w, d);
      pr(w, d);
    }
    flush_pragmas(w, UINT32_MAX);
    newline(w);
    break;
  case AST_FUNC_DEF:
    specs(w, n->a);
    pr(w, n->b);
    for (const node *k = ast_first(n->c); k; k = k->next) {
      sync(w, k);
      pr(w, k);
    }
    sync(w, n->d);
    pr(w, n->d);
    break;
  case AST_DECL:
    specs(w, n->a);
    list(w, n->b, ",");
    str(w, ";");
    break;
  case AST_INIT_DECL:
    pr(w, n->a);
    list(w, n->b, NULL);
    if (n->c) {
      str(w, "=");
      pr(w, n->c);
    }
    break;
  case AST_STATIC_ASSERT:
    text(w, n);
    str(w, "(");
    pr(w, n->a);
    if (n->b) {
      str(w, ",");
      pr(w, n->b);
    }
    str(w, ")");
    str(w, ";");
    break;
  case AST_TOPLEVEL_ASM:
    text(w, n);
    str(w, "(");
    pr(w, n->a);
    str(w, ")");
    str(w, ";");
    break;
  case AST_EMPTY_DECL:
    str(w, ";");
    break;
  case AST_SPEC:
  case AST_ATTR:
  case AST_TYPEDEF_NAME:
  case AST_IDENT:
  case AST_CONST:
  case AST_STRING:
    text(w, n);
    break;
  case AST_ASM_LABEL:
    text(w, n);
    str(w, "(");
    pr(w, n->a);
    str(w, ")");
    break;
  case AST_STRUCT:
  case AST_ENUM:
    pr(w, n->c); /* the keyword as spelled */
    pr(w, n->a);
    if (n->text)
      text(w, n);
    if (n->flags & DF_BODY) {
      str(w, "{");
      if (n->kind == AST_STRUCT) {
        w->indent++;
        block_items(w, n->b);
        w->indent--;
        newline(w);
      } else {
        list(w, n->b, ",");
        if (n->flags & DF_TRAILING_COMMA)
          str(w, ",");
      }
      str(w, "}");
    }
    break;
  case AST_MEMBER_DECL:
    specs(w, n->a);
    list(w, n->b, ",");
    str(w, ";");
    break;
  case AST_MEMBER:
    pr(w, n->a);
    if (n->b) {
      str(w, ":");
      pr(w, n->b);
    }
    pr(w, n->c);
    break;
  case AST_ENUMERATOR:
    text(w, n);
    pr(w, n->a);
    if (n->b) {
      str(w, "=");
      pr(w, n->b);
    }
    break;
  case AST_TYPEOF:
  case AST_ATOMIC_TYPE:
  case AST_ALIGNAS:
  case AST_SIZEOF_TYPE:
    text(w, n);
    str(w, "(");
    pr(w, n->a);
    str(w, ")");
    break;
  case AST_TYPE_NAME:
    specs(w, n->a);
    pr(w, n->b);
    break;
  case AST_PARAM:
    specs(w, n->a);
    pr(w, n->b);
    pr(w, n->c);
    break;
  case AST_ELLIPSIS:
    str(w, "...");
    break;
  case AST_D_NAME:
    if (n->text)
      text(w, n);
    break;
  case AST_D_PTR:
    str(w, "*");
    list(w, n->a, NULL);
    pr(w, n->b);
    break;
  case AST_D_PAREN:
    str(w, "(");
    pr(w, n->a);
    pr(w, n->b);
    str(w, ")");
    break;
  case AST_D_ARRAY:
    pr(w, n->a);
    str(w, "[");
    if ((n->flags & DF_STATIC) && (n->flags & DF_STATIC_FIRST))
      str(w, "static");
    list(w, n->c, NULL);
    if ((n->flags & DF_STATIC) && !(n->flags & DF_STATIC_FIRST))
      str(w, "static");
    if (n->flags & DF_VLA_STAR)
      str(w, "*");
    pr(w, n->b);
    str(w, "]");
    break;
  case AST_D_FUNC:
    pr(w, n->a);
    str(w, "(");
    list(w, n->b, ",");
    str(w, ")");
    break;
  case AST_COMPOUND:
    compound(w, n);
    break;
  case AST_LABEL:
    text(w, n);
    str(w, ":");
    if (n->c)
      body(w, n->c);
    break;
  case AST_CASE:
    str(w, "case");
    pr(w, n->a);
    if (n->b) {
      str(w, "...");
      pr(w, n->b);
    }
    str(w, ":");
    if (n->c)
      body(w, n->c);
    break;
  case AST_DEFAULT:
    str(w, "default");
    str(w, ":");
    if (n->c)
      body(w, n->c);
    break;
  case AST_LOCAL_LABELS:
    str(w, "__label__");
    list(w, n->a, ",");
    str(w, ";");
    break;
  case AST_EXPR_STMT:
    pr(w, n->a);
    str(w, ";");
    break;
  case AST_ATTR_STMT:
    pr(w, n->a);
    str(w, ";");
    break;
  case AST_IF:
    /* else-if chains iterate: generated code can have thousands. */
    for (;;) {
      str(w, "if");
      str(w, "(");
      pr(w, n->a);
      str(w, ")");
      body(w, n->b);
      if (!n->c)
        break;
      newline(w);
      str(w, "else");
      if (n->c->kind != AST_IF) {
        body(w, n->c);
        break;
      }
      n = n->c;
      sync(w, n);
    }
    break;
  case AST_SWITCH:
  case AST_WHILE:
    str(w, n->kind == AST_SWITCH ? "switch" : "while");
    str(w, "(");
    pr(w, n->a);
    str(w, ")");
    body(w, n->b);
    break;
  case AST_DO:
    str(w, "do");
    body(w, n->a);
    newline(w);
    str(w, "while");
    str(w, "(");
    pr(w, n->b);
    str(w, ")");
    str(w, ";");
    break;
  case AST_FOR:
    str(w, "for");
    str(w, "(");
    pr(w, n->a); /* a declaration or expression statement: ends with ';' */
    pr(w, n->b);
    str(w, ";");
    pr(w, n->c);
    str(w, ")");
    body(w, n->d);
    break;
  case AST_GOTO:
    str(w, "goto");
    text(w, n);
    str(w, ";");
    break;
  case AST_GOTO_PTR:
    str(w, "goto");
    str(w, "*");
    pr(w, n->a);
    str(w, ";");
    break;
  case AST_CONTINUE:
    str(w, "continue");
    str(w, ";");
    break;
  case AST_BREAK:
    str(w, "break");
    str(w, ";");
    break;
  case AST_RETURN:
    str(w, "return");
    pr(w, n->a);
    str(w, ";");
    break;
  case AST_ASM: {
    text(w, n);
    list(w, n->a, NULL);
    str(w, "(");
    pr(w, n->b);
    for (const node *sec = ast_first(n->c); sec; sec = sec->next) {
      str(w, ":");
      list(w, sec, ",");
    }
    str(w, ")");
    str(w, ";");
    break;
  }
  case AST_ASM_OPERAND:
    if (n->text) {
      str(w, "[");
      text(w, n);
      str(w, "]");
    }
    pr(w, n->a);
    str(w, "(");
    pr(w, n->b);
    str(w, ")");
    break;
  case AST_STRINGS:
    list(w, n->a, NULL);
    break;
  case AST_PAREN:
    str(w, "(");
    pr(w, n->a);
    str(w, ")");
    break;
  case AST_STMT_EXPR:
    str(w, "(");
    pr(w, n->a);
    str(w, ")");
    break;
  case AST_BINARY:
    pr(w, n->a);
    op(w, n->op);
    pr(w, n->b);
    break;
  case AST_ASSIGN:
    pr(w, n->a);
    text(w, n);
    pr(w, n->b);
    break;
  case AST_COND:
    pr(w, n->a);
    str(w, "?");
    pr(w, n->b);
    str(w, ":");
    pr(w, n->c);
    break;
  case AST_UNARY:
    if (n->text && word_char(n->text[0]))
      text(w, n); /* sizeof, __extension__, __real__ ... */
    else
      op(w, n->op);
    pr(w, n->a);
    break;
  case AST_POSTFIX:
    pr(w, n->a);
    op(w, n->op);
    break;
  case AST_CAST:
    str(w, "(");
    pr(w, n->a);
    str(w, ")");
    pr(w, n->b);
    break;
  case AST_INDEX:
    pr(w, n->a);
    str(w, "[");
    pr(w, n->b);
    str(w, "]");
    break;
  case AST_CALL:
    pr(w, n->a);
    str(w, "(");
    list(w, n->b, ",");
    str(w, ")");
    break;
  case AST_MEMBER_ACCESS:
    pr(w, n->a);
    op(w, n->op);
    text(w, n);
    break;
  case AST_COMPOUND_LIT:
    str(w, "(");
    pr(w, n->a);
    str(w, ")");
    pr(w, n->b);
    break;
  case AST_INIT_LIST:
    str(w, "{");
    list(w, n->a, ",");
    if (n->flags & DF_TRAILING_COMMA)
      str(w, ",");
    str(w, "}");
    break;
  case AST_INIT_ITEM:
    if (n->a) {
      list(w, n->a, NULL);
      str(w, "=");
    }
    pr(w, n->b);
    break;
  case AST_DESIG_FIELD:
    str(w, ".");
    text(w, n);
    break;
  case AST_DESIG_INDEX:
    str(w, "[");
    pr(w, n->a);
    if (n->b) {
      str(w, "...");
      pr(w, n->b);
    }
    str(w, "]");
    break;
  case AST_GENERIC:
    text(w, n);
    str(w, "(");
    pr(w, n->a);
    str(w, ",");
    list(w, n->b, ",");
    str(w, ")");
    break;
  case AST_GENERIC_ASSOC:
    if (n->a)
      pr(w, n->a);
    else
      str(w, "default");
    str(w, ":");
    pr(w, n->b);
    break;
  case AST_LABEL_ADDR:
    str(w, "&&");
    text(w, n);
    break;
  case AST_AWAIT:
    text(w, n);
    pr(w, n->a);
    break;
  case AST_BUILTIN:
    text(w, n);
    str(w, "(");
    pr(w, n->a);
    str(w, ",");
    pr(w, n->b);
    str(w, ")");
    break;
  case AST_OFFSETOF_PATH:
    list(w, n->a, NULL);
    break;
  case AST_KIND_COUNT:
    break;
  }
}

void printer_init(printer *w, FILE *out, const parser *P) {
  memset(w, 0, sizeof *w);
  w->out = out;
  w->P = P;
  w->last = '\n';
  srcmap_init(&w->map, P->buf, P->len, P->d->map.first_file, P->A);
}

void print_node(printer *w, const node *n) { pr(w, n); }

void print_sync(printer *w, const node *n) { sync(w, n); }

void print_sync_at(printer *w, uint32_t offset) { sync_at(w, offset); }

void print_newline(printer *w) { newline(w); }

void print_flush_pragmas(printer *w, uint32_t before) { flush_pragmas(w, before); }

void print_skip_pragmas(printer *w, uint32_t before) {
  while (w->next_pragma < w->P->npragmas && w->P->pragmas[w->next_pragma].offset < before)
    w->next_pragma++;
}

void print_resync(printer *w) {
  /* Text was written behind our back: we may be anywhere on a line. */
  fputc('\n', w->out);
  w->last = '\n';
  w->synced = 0;
}

void print_finish(printer *w) {
  flush_pragmas(w, UINT32_MAX);
  newline(w);
}

void print_tu(FILE *out, const parser *P, const node *tu) {
  printer w;
  printer_init(&w, out, P);
  pr(&w, tu);
}
