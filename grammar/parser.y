/* parser.y - C17 with the GNU extensions of glibc and Linux, plus async/await.
 *
 * Typedef names: the lexer classifies identifiers through the scope table
 * (src/scope.c), and declarator names may be typedef names (general_identifier).
 * Following Jourdan & Pottier's LR(1) C11 grammar, declaration specifiers are
 * split into lists with exactly one "unique" type specifier (a typedef name,
 * struct, void...) or one or more "non-unique" ones (int, long, unsigned...),
 * so after `T` or `unsigned` a following typedef name can only be the
 * declarator: `typedef int T; void f(void) { unsigned T; T * x; }` parses as C
 * says. Typedef declarations get their own specifier lists so that each
 * declarator knows at once whether it declares a typedef name.
 *
 * Actions only build nodes (src/ast.c) and tell the scope table about
 * declarations (src/parse.c); nothing is transformed here. */

%require "3.5"
%define api.pure full
%define api.prefix {acy}
%define parse.error custom
%define lr.type ielr
/* Default reductions only where no other action exists, so a syntax error
 * is detected before the state loses what was expected (LAC would be exact
 * but costs about 12% of the parse; the lexer's bracket stack makes up for
 * the rest, see parse_syntax_error). */
%define lr.default-reduction consistent
%locations
%expect 0
%parse-param {parser *P} {void *scanner}
%lex-param {void *scanner}

%code requires {
#include "ast.h"
typedef struct parser parser;
#define ACYLTYPE srcspan
#define ACYLTYPE_IS_DECLARED 1
}

%code provides {
/* Grammar helpers, defined in src/parse.c. */
void parse_declare(parser *P, node *declarator, int is_typedef);
void parse_declare_name(parser *P, tokval name);
void parse_scope_push(parser *P);
void parse_scope_pop(parser *P);
node *parse_function_begin(parser *P, node *specs, node *declarator, srcspan loc);
void parse_function_end(parser *P);
void parse_note_async(parser *P, node *decl);
node *parse_spec(parser *P, srcspan loc, tokval t, int token);
int acylex(ACYSTYPE *lval, ACYLTYPE *lloc, void *scanner);
int parse_reclassify(parser *P, int token, ACYSTYPE *lval);
void parse_syntax_error(parser *P, uint32_t begin, uint32_t end, int at_eof,
                        const char *const *expected, int nexpected);
void acyerror(const ACYLTYPE *loc, parser *P, void *scanner, const char *msg);
}

%code {
#include "parse.h"
#define YYLLOC_DEFAULT(Cur, Rhs, N)                    \
  do {                                                 \
    if (N) {                                           \
      (Cur).begin = YYRHSLOC(Rhs, 1).begin;            \
      (Cur).end = YYRHSLOC(Rhs, N).end;                \
    } else {                                           \
      (Cur).begin = (Cur).end = YYRHSLOC(Rhs, 0).end;  \
    }                                                  \
  } while (0)
#define A (P->A)
/* Deep right nesting is legal C (long else-if chains, nested blocks): allow
 * far more than bison's default 10000 states; the stack grows on demand. */
#define YYMAXDEPTH 10000000
/* After a scope closes, a pending lookahead identifier may have been
 * classified in the scope that just ended: look it up again. */
#define RECLASSIFY() (yychar = parse_reclassify(P, yychar, &yylval))
}

%union {
  tokval t;
  node *n;
}

%token <t> IDENTIFIER "identifier" TYPEDEF_NAME "type name"
%token <t> CONSTANT "constant" STRING_LITERAL "string literal"
%token <t> ATTRIBUTE "__attribute__"
%token <t> AUTO "auto" BREAK "break" CASE "case" CHAR "char" CONST "const"
%token <t> CONTINUE "continue" DEFAULT "default" DO "do" DOUBLE "double"
%token <t> ELSE "else" ENUM "enum" EXTERN "extern" FLOAT "float" FOR "for"
%token <t> GOTO "goto" IF "if" INLINE "inline" INT "int" LONG "long"
%token <t> REGISTER "register" RESTRICT "restrict" RETURN "return"
%token <t> SHORT "short" SIGNED "signed" SIZEOF "sizeof" STATIC "static"
%token <t> STRUCT "struct" SWITCH "switch" TYPEDEF "typedef" UNION "union"
%token <t> UNSIGNED "unsigned" VOID "void" VOLATILE "volatile" WHILE "while"
%token <t> ALIGNAS "_Alignas" ALIGNOF "_Alignof" ATOMIC "_Atomic" BOOL "_Bool"
%token <t> COMPLEX "_Complex" GENERIC "_Generic" IMAGINARY "_Imaginary"
%token <t> NORETURN "_Noreturn" STATIC_ASSERT "_Static_assert"
%token <t> THREAD_LOCAL "_Thread_local"
%token <t> ASM "asm" TYPEOF "typeof" EXTENSION "__extension__"
%token <t> LOCAL_LABEL "__label__" REAL "__real__" IMAG "__imag__"
%token <t> INT128 "__int128" FLOAT_EXT "_FloatN" AUTO_TYPE "__auto_type"
%token <t> VA_ARG "__builtin_va_arg" OFFSETOF "__builtin_offsetof"
%token <t> TYPES_COMPATIBLE "__builtin_types_compatible_p"
%token <t> CONVERTVECTOR "__builtin_convertvector" BIT_CAST "__builtin_bit_cast"
%token <t> ASYNC "async" AWAIT "await"
%token <t> ELLIPSIS "..." PTR_OP "->" INC "++" DEC "--" SHL "<<" SHR ">>"
%token <t> LE "<=" GE ">=" EQ "==" NE "!=" ANDAND "&&" OROR "||"
%token <t> MUL_ASSIGN "*=" DIV_ASSIGN "/=" MOD_ASSIGN "%=" ADD_ASSIGN "+="
%token <t> SUB_ASSIGN "-=" SHL_ASSIGN "<<=" SHR_ASSIGN ">>=" AND_ASSIGN "&="
%token <t> XOR_ASSIGN "^=" OR_ASSIGN "|="
%token <t> ';' '{' '}' ',' ':' '=' '(' ')' '[' ']' '.' '&' '!' '~' '-' '+'
%token <t> '*' '/' '%' '<' '>' '^' '|' '?'

/* Dangling else binds to the nearest if. */
%precedence THEN
%precedence ELSE
/* `__extension__ __extension__ x` in a block: the lexer merges repeated
 * __extension__ tokens, so this only tells bison to keep the expression. */
%precedence ATOMIC_QUAL
%precedence EXTENSION
/* Binary operators, loosest first. */
%left OROR
%left ANDAND
%left '|'
%left '^'
%left '&'
%left EQ NE
%left '<' '>' LE GE
%left SHL SHR
%left '+' '-'
%left '*' '/' '%'

%type <n> translation_unit external_declarations external_declaration
%type <n> function_definition function_head kr_declarations
%type <n> declaration decl_specs typedef_specs ds_rest ds_u ds_n t_rest dst_u dst_n
%type <n> kr_declaration kr_specs kr_lead ptr_qual qual_keyword
%type <n> decl_spec storage_class type_qualifier function_spec alignment_spec
%type <n> type_spec_unique type_spec_nonunique
%type <n> sq_rest sq_u sq_n spec_qual_list sq_spec
%type <n> init_declarator_list init_declarator declared_var
%type <n> typedef_declarator_list typedef_declarator decl_suffix asm_label
%type <n> declarator_suffix param_declarator param_direct_declarator paren_param_declarator paren_param_direct
%type <n> declarator direct_declarator ptr_quals ptr_quals_opt array_size
%type <n> abstract_declarator direct_abstract_declarator
%type <n> parameter_type_list parameter_list parameter_declaration identifier_list
%type <n> type_name static_assert_declaration
%type <n> struct_or_union_spec struct_decl_list struct_declaration last_member struct_body
%type <n> struct_declarator_list struct_declarator attrs_opt
%type <n> enum_spec enumerator_list enumerator typeof_spec
%type <n> initializer initializer_list init_item designation designator_list designator
%type <n> statement unlabeled_statement label compound_statement block_items block_item
%type <n> expression_statement selection_statement iteration_statement jump_statement
%type <n> for_init asm_statement asm_quals asm_sections asm_operands asm_operand
%type <n> asm_clobbers asm_labels local_label_list
%type <n> postfix_expression argument_list unary_expression
%type <n> cast_expression binary_expression conditional_expression
%type <n> assignment_expression expression expression_opt constant_expression
%type <n> string_seq generic_assoc_list generic_assoc offsetof_path
%type <t> general_identifier struct_or_union assign_op

%start translation_unit

%%

translation_unit
  : %empty                  { $$ = P->tu = ast_node(A, AST_TU, @$, ast_list(A, @$, NULL), NULL, NULL, NULL); }
  | external_declarations   { $$ = P->tu = ast_node(A, AST_TU, @$, $1, NULL, NULL, NULL); }
  ;

external_declarations
  : external_declaration                        { $$ = parse_external(P, NULL, $1); }
  | external_declarations external_declaration  { $$ = parse_external(P, $1, $2); }
  ;

external_declaration
  : function_definition
  | declaration
  | ';'                                 { $$ = ast_node(A, AST_EMPTY_DECL, @$, NULL, NULL, NULL, NULL); }
  | ASM '(' string_seq ')' ';'          { $$ = ast_text(A, AST_TOPLEVEL_ASM, @$, $1, $3, NULL); }
  ;

/* ---- declarations ---- */

function_definition
  : function_head compound_statement    { $$ = $1; $$->d = $2; $$->loc.end = @2.end; parse_function_end(P); RECLASSIFY(); }
  ;

function_head
  : decl_specs declarator               { $<n>$ = parse_function_begin(P, $1, $2, @$); }
    kr_declarations                     { $$ = $<n>3; $$->c = $4; $$->loc.begin = @1.begin; }
  ;

kr_declarations
  : %empty                              { $$ = NULL; }
  | kr_declarations kr_declaration      { $$ = $1 ? ast_append($1, $2) : ast_list(A, @2, $2); }
  ;

/* A K&R parameter declaration may not start with an attribute: after
 * `int f(a)`, an attribute belongs to a prototype (`int f(a) __attribute__
 * ((x));`), which is what GCC decides too. */
kr_declaration
  : kr_specs init_declarator_list ';'   { $$ = ast_node(A, AST_DECL, @$, $1, $2, NULL, NULL); }
  ;

kr_specs
  : type_spec_unique ds_rest     { $$ = ast_prepend($2, $1); }
  | type_spec_nonunique ds_rest  { $$ = ast_prepend($2, $1); }
  | type_spec_nonunique ds_n     { $$ = ast_prepend($2, $1); }
  | kr_lead ds_u                 { $$ = ast_prepend($2, $1); }
  | kr_lead ds_n                 { $$ = ast_prepend($2, $1); }
  ;

kr_lead : storage_class | qual_keyword | function_spec | alignment_spec ;

declaration
  : decl_specs ';'                                  { $$ = ast_node(A, AST_DECL, @$, $1, NULL, NULL, NULL); }
  | decl_specs init_declarator_list ';'             { $$ = ast_node(A, AST_DECL, @$, $1, $2, NULL, NULL); parse_note_async(P, $$); }
  | typedef_specs ';'                               { $$ = ast_flags(ast_node(A, AST_DECL, @$, $1, NULL, NULL, NULL), DF_TYPEDEF); }
  | typedef_specs typedef_declarator_list ';'       { $$ = ast_flags(ast_node(A, AST_DECL, @$, $1, $2, NULL, NULL), DF_TYPEDEF); }
  | static_assert_declaration
  ;

static_assert_declaration
  : STATIC_ASSERT '(' constant_expression ',' string_seq ')' ';'  { $$ = ast_text(A, AST_STATIC_ASSERT, @$, $1, $3, $5); }
  | STATIC_ASSERT '(' constant_expression ')' ';'                 { $$ = ast_text(A, AST_STATIC_ASSERT, @$, $1, $3, NULL); }
  ;

decl_specs : ds_u | ds_n ;
typedef_specs : dst_u | dst_n ;

/* Specifier lists (see the header comment). All are right-recursive so the
 * decision between the list shapes waits until the list ends. */
ds_rest
  : %empty                  { $$ = ast_list(A, @$, NULL); }
  | decl_spec ds_rest       { $$ = ast_prepend($2, $1); }
  ;
ds_u
  : type_spec_unique ds_rest   { $$ = ast_prepend($2, $1); }
  | decl_spec ds_u             { $$ = ast_prepend($2, $1); }
  ;
ds_n
  : type_spec_nonunique ds_rest  { $$ = ast_prepend($2, $1); }
  | type_spec_nonunique ds_n     { $$ = ast_prepend($2, $1); }
  | decl_spec ds_n               { $$ = ast_prepend($2, $1); }
  ;
t_rest
  : TYPEDEF ds_rest         { $$ = ast_prepend($2, parse_spec(P, @1, $1, TYPEDEF)); }
  | decl_spec t_rest        { $$ = ast_prepend($2, $1); }
  ;
dst_u
  : TYPEDEF ds_u               { $$ = ast_prepend($2, parse_spec(P, @1, $1, TYPEDEF)); }
  | type_spec_unique t_rest    { $$ = ast_prepend($2, $1); }
  | decl_spec dst_u            { $$ = ast_prepend($2, $1); }
  ;
dst_n
  : TYPEDEF ds_n                  { $$ = ast_prepend($2, parse_spec(P, @1, $1, TYPEDEF)); }
  | type_spec_nonunique t_rest    { $$ = ast_prepend($2, $1); }
  | type_spec_nonunique dst_n     { $$ = ast_prepend($2, $1); }
  | decl_spec dst_n               { $$ = ast_prepend($2, $1); }
  ;

decl_spec : storage_class | type_qualifier | function_spec | alignment_spec ;

storage_class
  : EXTERN        { $$ = parse_spec(P, @$, $1, EXTERN); }
  | STATIC        { $$ = parse_spec(P, @$, $1, STATIC); }
  | THREAD_LOCAL  { $$ = parse_spec(P, @$, $1, THREAD_LOCAL); }
  | AUTO          { $$ = parse_spec(P, @$, $1, AUTO); }
  | REGISTER      { $$ = parse_spec(P, @$, $1, REGISTER); }
  ;

type_qualifier
  : ptr_qual
  | ASYNC                     { $$ = parse_spec(P, @$, $1, ASYNC); }
  | EXTENSION %prec ATOMIC_QUAL  { $$ = parse_spec(P, @$, $1, EXTENSION); }
  ;

/* What may follow a '*' in a declarator. */
ptr_qual
  : qual_keyword
  | ATTRIBUTE                 { $$ = ast_text(A, AST_ATTR, @$, $1, NULL, NULL); }
  ;

qual_keyword
  : CONST                     { $$ = parse_spec(P, @$, $1, CONST); }
  | RESTRICT                  { $$ = parse_spec(P, @$, $1, RESTRICT); }
  | VOLATILE                  { $$ = parse_spec(P, @$, $1, VOLATILE); }
  | ATOMIC                    { $$ = parse_spec(P, @$, $1, ATOMIC); }
  ;

function_spec
  : INLINE      { $$ = parse_spec(P, @$, $1, INLINE); }
  | NORETURN    { $$ = parse_spec(P, @$, $1, NORETURN); }
  ;

alignment_spec
  : ALIGNAS '(' type_name ')'             { $$ = ast_text(A, AST_ALIGNAS, @$, $1, $3, NULL); }
  | ALIGNAS '(' constant_expression ')'   { $$ = ast_text(A, AST_ALIGNAS, @$, $1, $3, NULL); }
  ;

type_spec_nonunique
  : CHAR        { $$ = parse_spec(P, @$, $1, CHAR); }
  | SHORT       { $$ = parse_spec(P, @$, $1, SHORT); }
  | INT         { $$ = parse_spec(P, @$, $1, INT); }
  | LONG        { $$ = parse_spec(P, @$, $1, LONG); }
  | FLOAT       { $$ = parse_spec(P, @$, $1, FLOAT); }
  | DOUBLE      { $$ = parse_spec(P, @$, $1, DOUBLE); }
  | SIGNED      { $$ = parse_spec(P, @$, $1, SIGNED); }
  | UNSIGNED    { $$ = parse_spec(P, @$, $1, UNSIGNED); }
  | COMPLEX     { $$ = parse_spec(P, @$, $1, COMPLEX); }
  | IMAGINARY   { $$ = parse_spec(P, @$, $1, IMAGINARY); }
  | INT128      { $$ = parse_spec(P, @$, $1, INT128); }
  | FLOAT_EXT   { $$ = parse_spec(P, @$, $1, FLOAT_EXT); }
  ;

type_spec_unique
  : VOID                        { $$ = parse_spec(P, @$, $1, VOID); }
  | BOOL                        { $$ = parse_spec(P, @$, $1, BOOL); }
  | AUTO_TYPE                   { $$ = parse_spec(P, @$, $1, AUTO_TYPE); }
  | TYPEDEF_NAME                { $$ = ast_text(A, AST_TYPEDEF_NAME, @$, $1, NULL, NULL); }
  | ATOMIC '(' type_name ')'    { $$ = ast_text(A, AST_ATOMIC_TYPE, @$, $1, $3, NULL); }
  | struct_or_union_spec
  | enum_spec
  | typeof_spec
  ;

typeof_spec
  : TYPEOF '(' expression ')'   { $$ = ast_text(A, AST_TYPEOF, @$, $1, $3, NULL); }
  | TYPEOF '(' type_name ')'    { $$ = ast_text(A, AST_TYPEOF, @$, $1, $3, NULL); }
  ;

struct_or_union : STRUCT | UNION ;

struct_or_union_spec
  : struct_or_union attrs_opt '{' struct_body '}'
      { $$ = ast_flags(ast_node(A, AST_STRUCT, @$, $2, $4, NULL, NULL), DF_BODY); $$->op = *$1.s == 's' ? STRUCT : UNION; $$->c = ast_text(A, AST_SPEC, @1, $1, NULL, NULL); }
  | struct_or_union attrs_opt '{' '}'
      { $$ = ast_flags(ast_node(A, AST_STRUCT, @$, $2, NULL, NULL, NULL), DF_BODY); $$->op = *$1.s == 's' ? STRUCT : UNION; $$->c = ast_text(A, AST_SPEC, @1, $1, NULL, NULL); }
  | struct_or_union attrs_opt general_identifier '{' struct_body '}'
      { $$ = ast_flags(ast_text(A, AST_STRUCT, @$, $3, $2, $5), DF_BODY); $$->op = *$1.s == 's' ? STRUCT : UNION; $$->c = ast_text(A, AST_SPEC, @1, $1, NULL, NULL); }
  | struct_or_union attrs_opt general_identifier '{' '}'
      { $$ = ast_flags(ast_text(A, AST_STRUCT, @$, $3, $2, NULL), DF_BODY); $$->op = *$1.s == 's' ? STRUCT : UNION; $$->c = ast_text(A, AST_SPEC, @1, $1, NULL, NULL); }
  | struct_or_union attrs_opt general_identifier
      { $$ = ast_text(A, AST_STRUCT, @$, $3, $2, NULL); $$->op = *$1.s == 's' ? STRUCT : UNION; $$->c = ast_text(A, AST_SPEC, @1, $1, NULL, NULL); }
  ;

attrs_opt
  : %empty      { $$ = NULL; }
  | ATTRIBUTE   { $$ = ast_text(A, AST_ATTR, @$, $1, NULL, NULL); }
  ;

struct_decl_list
  : struct_declaration                     { $$ = ast_list(A, @$, $1); }
  | struct_decl_list struct_declaration    { $$ = ast_append($1, $2); }
  ;

/* GCC accepts (with a warning) a last member without its ';'. */
struct_body
  : struct_decl_list
  | struct_decl_list last_member           { $$ = ast_append($1, $2); }
  | last_member                            { $$ = ast_list(A, @$, $1); }
  ;

last_member
  : spec_qual_list struct_declarator_list  { $$ = ast_node(A, AST_MEMBER_DECL, @$, $1, $2, NULL, NULL); }
  ;

struct_declaration
  : spec_qual_list ';'                           { $$ = ast_node(A, AST_MEMBER_DECL, @$, $1, NULL, NULL, NULL); }
  | spec_qual_list struct_declarator_list ';'    { $$ = ast_node(A, AST_MEMBER_DECL, @$, $1, $2, NULL, NULL); }
  | static_assert_declaration
  | ';'                                          { $$ = ast_node(A, AST_EMPTY_DECL, @$, NULL, NULL, NULL, NULL); }
  ;

struct_declarator_list
  : struct_declarator                              { $$ = ast_list(A, @$, $1); }
  | struct_declarator_list ',' struct_declarator   { $$ = ast_append($1, $3); }
  ;

struct_declarator
  : declarator attrs_opt                                 { $$ = ast_node(A, AST_MEMBER, @$, $1, NULL, $2, NULL); }
  | declarator ':' constant_expression attrs_opt         { $$ = ast_node(A, AST_MEMBER, @$, $1, $3, $4, NULL); }
  | ':' constant_expression attrs_opt                    { $$ = ast_node(A, AST_MEMBER, @$, NULL, $2, $3, NULL); }
  ;

sq_spec : type_qualifier | alignment_spec ;

sq_rest
  : %empty              { $$ = ast_list(A, @$, NULL); }
  | sq_spec sq_rest     { $$ = ast_prepend($2, $1); }
  ;
sq_u
  : type_spec_unique sq_rest   { $$ = ast_prepend($2, $1); }
  | sq_spec sq_u               { $$ = ast_prepend($2, $1); }
  ;
sq_n
  : type_spec_nonunique sq_rest  { $$ = ast_prepend($2, $1); }
  | type_spec_nonunique sq_n     { $$ = ast_prepend($2, $1); }
  | sq_spec sq_n                 { $$ = ast_prepend($2, $1); }
  ;
spec_qual_list : sq_u | sq_n ;

enum_spec
  : ENUM attrs_opt '{' enumerator_list '}'                             { $$ = ast_flags(ast_node(A, AST_ENUM, @$, $2, $4, NULL, NULL), DF_BODY); $$->c = ast_text(A, AST_SPEC, @1, $1, NULL, NULL); }
  | ENUM attrs_opt '{' enumerator_list ',' '}'                         { $$ = ast_flags(ast_node(A, AST_ENUM, @$, $2, $4, NULL, NULL), DF_BODY | DF_TRAILING_COMMA); $$->c = ast_text(A, AST_SPEC, @1, $1, NULL, NULL); }
  | ENUM attrs_opt general_identifier '{' enumerator_list '}'          { $$ = ast_flags(ast_text(A, AST_ENUM, @$, $3, $2, $5), DF_BODY); $$->c = ast_text(A, AST_SPEC, @1, $1, NULL, NULL); }
  | ENUM attrs_opt general_identifier '{' enumerator_list ',' '}'      { $$ = ast_flags(ast_text(A, AST_ENUM, @$, $3, $2, $5), DF_BODY | DF_TRAILING_COMMA); $$->c = ast_text(A, AST_SPEC, @1, $1, NULL, NULL); }
  | ENUM attrs_opt general_identifier                                  { $$ = ast_text(A, AST_ENUM, @$, $3, $2, NULL); $$->c = ast_text(A, AST_SPEC, @1, $1, NULL, NULL); }
  ;

enumerator_list
  : enumerator                        { $$ = ast_list(A, @$, $1); }
  | enumerator_list ',' enumerator    { $$ = ast_append($1, $3); }
  ;

enumerator
  : general_identifier attrs_opt
      { parse_declare_name(P, $1); $$ = ast_text(A, AST_ENUMERATOR, @$, $1, $2, NULL); }
  | general_identifier attrs_opt '=' { parse_declare_name(P, $1); } constant_expression
      { $$ = ast_text(A, AST_ENUMERATOR, @$, $1, $2, $5); }
  ;

init_declarator_list
  : init_declarator                            { $$ = ast_list(A, @$, $1); }
  | init_declarator_list ',' init_declarator   { $$ = ast_append($1, $3); }
  ;

init_declarator
  : declared_var
  | declared_var '=' initializer   { $$ = $1; $$->c = $3; $$->loc.end = @3.end; }
  ;

/* The name is in scope from the end of its declarator, before its
 * initialiser: `int T = sizeof(T);` with T a typedef outside. */
declared_var
  : declarator decl_suffix   { parse_declare(P, $1, 0); $$ = ast_node(A, AST_INIT_DECL, @$, $1, $2, NULL, NULL); }
  ;

typedef_declarator_list
  : typedef_declarator                                 { $$ = ast_list(A, @$, $1); }
  | typedef_declarator_list ',' typedef_declarator     { $$ = ast_append($1, $3); }
  ;

typedef_declarator
  : declarator decl_suffix   { parse_declare(P, $1, 1); $$ = ast_node(A, AST_INIT_DECL, @$, $1, $2, NULL, NULL); }
  ;

/* GNU: attributes and an asm label after a declarator, in any order. */
decl_suffix
  : %empty                  { $$ = NULL; }
  | decl_suffix ATTRIBUTE   { node *n = ast_text(A, AST_ATTR, @2, $2, NULL, NULL); $$ = $1 ? ast_append($1, n) : ast_list(A, @2, n); }
  | decl_suffix asm_label   { $$ = $1 ? ast_append($1, $2) : ast_list(A, @2, $2); }
  ;

asm_label
  : ASM '(' string_seq ')'  { $$ = ast_text(A, AST_ASM_LABEL, @$, $1, $3, NULL); }
  ;

general_identifier : IDENTIFIER | TYPEDEF_NAME ;

declarator
  : direct_declarator
  | '*' ptr_quals_opt declarator   { $$ = ast_node(A, AST_D_PTR, @$, $2, $3, NULL, NULL); }
  ;

ptr_quals_opt
  : %empty      { $$ = NULL; }
  | ptr_quals
  ;

ptr_quals
  : ptr_qual              { $$ = ast_list(A, @$, $1); }
  | ptr_quals ptr_qual    { $$ = ast_append($1, $2); }
  ;

direct_declarator
  : general_identifier                 { $$ = ast_text(A, AST_D_NAME, @$, $1, NULL, NULL); }
  | '(' declarator ')'                 { $$ = ast_node(A, AST_D_PAREN, @$, NULL, $2, NULL, NULL); }
  | direct_declarator declarator_suffix  { $$ = $2; $$->a = $1; $$->loc = @$; }
  ;

/* Array and function parts; the element or return part is filled in by
 * the rule that uses them. */
declarator_suffix
  : '[' array_size ']'                                { $$ = $2; }
  | '(' scope_open parameter_type_list ')'            { parse_scope_pop(P); $$ = ast_node(A, AST_D_FUNC, @$, NULL, $3, NULL, NULL); }
  | '(' scope_open identifier_list ')'                { parse_scope_pop(P); $$ = ast_node(A, AST_D_FUNC, @$, NULL, $3, NULL, NULL); }
  | '(' scope_open ')'                                { parse_scope_pop(P); $$ = ast_node(A, AST_D_FUNC, @$, NULL, NULL, NULL, NULL); }
  ;

/* In a parameter declaration a typedef name right after '(' starts the
 * parameter list of an abstract function declarator (C17 6.7.6.3p11), so
 * parenthesised declarators there may not be named by a typedef name. */
param_declarator
  : param_direct_declarator
  | '*' ptr_quals_opt param_declarator   { $$ = ast_node(A, AST_D_PTR, @$, $2, $3, NULL, NULL); }
  ;

param_direct_declarator
  : general_identifier                        { $$ = ast_text(A, AST_D_NAME, @$, $1, NULL, NULL); }
  | '(' paren_param_declarator ')'            { $$ = ast_node(A, AST_D_PAREN, @$, NULL, $2, NULL, NULL); }
  | param_direct_declarator declarator_suffix { $$ = $2; $$->a = $1; $$->loc = @$; }
  ;

paren_param_declarator
  : paren_param_direct
  | '*' ptr_quals_opt paren_param_declarator  { $$ = ast_node(A, AST_D_PTR, @$, $2, $3, NULL, NULL); }
  ;

paren_param_direct
  : IDENTIFIER                                { $$ = ast_text(A, AST_D_NAME, @$, $1, NULL, NULL); }
  | '(' paren_param_declarator ')'            { $$ = ast_node(A, AST_D_PAREN, @$, NULL, $2, NULL, NULL); }
  | paren_param_direct declarator_suffix      { $$ = $2; $$->a = $1; $$->loc = @$; }
  ;

scope_open : %empty { parse_scope_push(P); } ;

/* The node of an array declarator without its element part (set above). */
array_size
  : %empty                                          { $$ = ast_node(A, AST_D_ARRAY, @$, NULL, NULL, NULL, NULL); }
  | assignment_expression                           { $$ = ast_node(A, AST_D_ARRAY, @$, NULL, $1, NULL, NULL); }
  | ptr_quals                                       { $$ = ast_node(A, AST_D_ARRAY, @$, NULL, NULL, $1, NULL); }
  | ptr_quals assignment_expression                 { $$ = ast_node(A, AST_D_ARRAY, @$, NULL, $2, $1, NULL); }
  | STATIC assignment_expression                    { $$ = ast_flags(ast_node(A, AST_D_ARRAY, @$, NULL, $2, NULL, NULL), DF_STATIC | DF_STATIC_FIRST); }
  | STATIC ptr_quals assignment_expression          { $$ = ast_flags(ast_node(A, AST_D_ARRAY, @$, NULL, $3, $2, NULL), DF_STATIC | DF_STATIC_FIRST); }
  | ptr_quals STATIC assignment_expression          { $$ = ast_flags(ast_node(A, AST_D_ARRAY, @$, NULL, $3, $1, NULL), DF_STATIC); }
  | '*'                                             { $$ = ast_flags(ast_node(A, AST_D_ARRAY, @$, NULL, NULL, NULL, NULL), DF_VLA_STAR); }
  | ptr_quals '*'                                   { $$ = ast_flags(ast_node(A, AST_D_ARRAY, @$, NULL, NULL, $1, NULL), DF_VLA_STAR); }
  ;

parameter_type_list
  : parameter_list
  | ELLIPSIS                      { $$ = ast_list(A, @$, ast_node(A, AST_ELLIPSIS, @1, NULL, NULL, NULL, NULL)); }
  | parameter_list ',' ELLIPSIS   { $$ = ast_append($1, ast_node(A, AST_ELLIPSIS, @3, NULL, NULL, NULL, NULL)); }
  ;

parameter_list
  : parameter_declaration                      { $$ = ast_list(A, @$, $1); }
  | parameter_list ',' parameter_declaration   { $$ = ast_append($1, $3); }
  ;

parameter_declaration
  : decl_specs param_declarator decl_suffix  { parse_declare(P, $2, 0); $$ = ast_node(A, AST_PARAM, @$, $1, $2, $3, NULL); }
  | decl_specs                           { $$ = ast_node(A, AST_PARAM, @$, $1, NULL, NULL, NULL); }
  | decl_specs abstract_declarator       { $$ = ast_node(A, AST_PARAM, @$, $1, $2, NULL, NULL); }
  ;

identifier_list
  : IDENTIFIER                       { $$ = ast_list(A, @$, ast_text(A, AST_D_NAME, @1, $1, NULL, NULL)); }
  | identifier_list ',' IDENTIFIER   { $$ = ast_append($1, ast_text(A, AST_D_NAME, @3, $3, NULL, NULL)); }
  ;

type_name
  : spec_qual_list                       { $$ = ast_node(A, AST_TYPE_NAME, @$, $1, NULL, NULL, NULL); }
  | spec_qual_list abstract_declarator   { $$ = ast_node(A, AST_TYPE_NAME, @$, $1, $2, NULL, NULL); }
  ;

abstract_declarator
  : '*' ptr_quals_opt                       { $$ = ast_node(A, AST_D_PTR, @$, $2, NULL, NULL, NULL); }
  | '*' ptr_quals_opt abstract_declarator   { $$ = ast_node(A, AST_D_PTR, @$, $2, $3, NULL, NULL); }
  | direct_abstract_declarator
  ;

direct_abstract_declarator
  : '(' abstract_declarator ')'                       { $$ = ast_node(A, AST_D_PAREN, @$, NULL, $2, NULL, NULL); }
  | '[' array_size ']'                                { $$ = $2; $$->loc = @$; }
  | direct_abstract_declarator '[' array_size ']'     { $$ = $3; $$->a = $1; $$->loc = @$; }
  | '(' scope_open ')'                                { parse_scope_pop(P); $$ = ast_node(A, AST_D_FUNC, @$, NULL, NULL, NULL, NULL); }
  | '(' scope_open parameter_type_list ')'            { parse_scope_pop(P); $$ = ast_node(A, AST_D_FUNC, @$, NULL, $3, NULL, NULL); }
  | direct_abstract_declarator '(' scope_open ')'                       { parse_scope_pop(P); $$ = ast_node(A, AST_D_FUNC, @$, $1, NULL, NULL, NULL); }
  | direct_abstract_declarator '(' scope_open parameter_type_list ')'   { parse_scope_pop(P); $$ = ast_node(A, AST_D_FUNC, @$, $1, $4, NULL, NULL); }
  ;

/* ---- initialisers ---- */

initializer
  : assignment_expression
  | '{' '}'                         { $$ = ast_node(A, AST_INIT_LIST, @$, NULL, NULL, NULL, NULL); }
  | '{' initializer_list '}'        { $$ = ast_node(A, AST_INIT_LIST, @$, $2, NULL, NULL, NULL); }
  | '{' initializer_list ',' '}'    { $$ = ast_flags(ast_node(A, AST_INIT_LIST, @$, $2, NULL, NULL, NULL), DF_TRAILING_COMMA); }
  ;

initializer_list
  : init_item                        { $$ = ast_list(A, @$, $1); }
  | initializer_list ',' init_item   { $$ = ast_append($1, $3); }
  ;

init_item
  : initializer               { $$ = ast_node(A, AST_INIT_ITEM, @$, NULL, $1, NULL, NULL); }
  | designation initializer   { $$ = ast_node(A, AST_INIT_ITEM, @$, $1, $2, NULL, NULL); }
  /* GNU's obsolete forms, printed back in the standard one. */
  | '[' constant_expression ']' initializer
      { $$ = ast_node(A, AST_INIT_ITEM, @$, ast_list(A, @1, ast_node(A, AST_DESIG_INDEX, @2, $2, NULL, NULL, NULL)), $4, NULL, NULL); }
  | IDENTIFIER ':' initializer
      { $$ = ast_node(A, AST_INIT_ITEM, @$, ast_list(A, @1, ast_text(A, AST_DESIG_FIELD, @1, $1, NULL, NULL)), $3, NULL, NULL); }
  ;

designation
  : designator_list '='
  ;

designator_list
  : designator                    { $$ = ast_list(A, @$, $1); }
  | designator_list designator    { $$ = ast_append($1, $2); }
  ;

designator
  : '[' constant_expression ']'                                { $$ = ast_node(A, AST_DESIG_INDEX, @$, $2, NULL, NULL, NULL); }
  | '[' constant_expression ELLIPSIS constant_expression ']'   { $$ = ast_node(A, AST_DESIG_INDEX, @$, $2, $4, NULL, NULL); }
  | '.' general_identifier                                     { $$ = ast_text(A, AST_DESIG_FIELD, @$, $2, NULL, NULL); }
  ;

/* ---- statements ---- */

statement
  : unlabeled_statement
  | label statement       { $$ = $1; $$->c = $2; $$->loc.end = @2.end; }
  ;

/* In a block a label is an item of its own (C23, accepted by GCC), so it may
 * precede a declaration or the closing brace. */
label
  : IDENTIFIER ':'                                          { $$ = ast_text(A, AST_LABEL, @$, $1, NULL, NULL); }
  | CASE constant_expression ':'                            { $$ = ast_node(A, AST_CASE, @$, $2, NULL, NULL, NULL); }
  | CASE constant_expression ELLIPSIS constant_expression ':' { $$ = ast_node(A, AST_CASE, @$, $2, $4, NULL, NULL); }
  | DEFAULT ':'                                             { $$ = ast_node(A, AST_DEFAULT, @$, NULL, NULL, NULL, NULL); }
  ;

unlabeled_statement
  : compound_statement
  | expression_statement
  | selection_statement
  | iteration_statement
  | jump_statement
  | asm_statement
  | ATTRIBUTE ';'           { $$ = ast_node(A, AST_ATTR_STMT, @$, ast_text(A, AST_ATTR, @1, $1, NULL, NULL), NULL, NULL, NULL); }
  ;

compound_statement
  : '{' scope_open '}'               { parse_scope_pop(P); RECLASSIFY(); $$ = ast_node(A, AST_COMPOUND, @$, ast_list(A, @$, NULL), NULL, NULL, NULL); }
  | '{' scope_open block_items '}'   { parse_scope_pop(P); RECLASSIFY(); $$ = ast_node(A, AST_COMPOUND, @$, $3, NULL, NULL, NULL); }
  ;

block_items
  : block_item                  { $$ = ast_list(A, @$, $1); }
  | block_items block_item      { $$ = ast_append($1, $2); }
  ;

block_item
  : declaration
  | function_definition
  | unlabeled_statement
  | label
  | LOCAL_LABEL local_label_list ';'   { $$ = ast_node(A, AST_LOCAL_LABELS, @$, $2, NULL, NULL, NULL); }
  ;

local_label_list
  : general_identifier                        { $$ = ast_list(A, @$, ast_text(A, AST_IDENT, @1, $1, NULL, NULL)); }
  | local_label_list ',' general_identifier   { $$ = ast_append($1, ast_text(A, AST_IDENT, @3, $3, NULL, NULL)); }
  ;

expression_statement
  : ';'              { $$ = ast_node(A, AST_EXPR_STMT, @$, NULL, NULL, NULL, NULL); }
  | expression ';'   { $$ = ast_node(A, AST_EXPR_STMT, @$, $1, NULL, NULL, NULL); }
  ;

selection_statement
  : IF '(' expression ')' statement %prec THEN           { $$ = ast_node(A, AST_IF, @$, $3, $5, NULL, NULL); }
  | IF '(' expression ')' statement ELSE statement       { $$ = ast_node(A, AST_IF, @$, $3, $5, $7, NULL); }
  | SWITCH '(' expression ')' statement                  { $$ = ast_node(A, AST_SWITCH, @$, $3, $5, NULL, NULL); }
  ;

iteration_statement
  : WHILE '(' expression ')' statement                   { $$ = ast_node(A, AST_WHILE, @$, $3, $5, NULL, NULL); }
  | DO statement WHILE '(' expression ')' ';'            { $$ = ast_node(A, AST_DO, @$, $2, $5, NULL, NULL); }
  | FOR '(' scope_open for_init expression_opt ';' expression_opt ')' statement
      { parse_scope_pop(P); RECLASSIFY(); $$ = ast_node(A, AST_FOR, @$, $4, $5, $7, $9); }
  ;

for_init
  : expression_statement
  | declaration
  ;

expression_opt
  : %empty    { $$ = NULL; }
  | expression
  ;

jump_statement
  : GOTO general_identifier ';'   { $$ = ast_text(A, AST_GOTO, @$, $2, NULL, NULL); }
  | GOTO '*' expression ';'       { $$ = ast_node(A, AST_GOTO_PTR, @$, $3, NULL, NULL, NULL); }
  | CONTINUE ';'                  { $$ = ast_node(A, AST_CONTINUE, @$, NULL, NULL, NULL, NULL); }
  | BREAK ';'                     { $$ = ast_node(A, AST_BREAK, @$, NULL, NULL, NULL, NULL); }
  | RETURN ';'                    { $$ = ast_node(A, AST_RETURN, @$, NULL, NULL, NULL, NULL); }
  | RETURN expression ';'         { $$ = ast_node(A, AST_RETURN, @$, $2, NULL, NULL, NULL); }
  ;

asm_statement
  : ASM asm_quals '(' string_seq asm_sections ')' ';'
      { $$ = ast_text(A, AST_ASM, @$, $1, $2, $4); $$->c = $5; }
  ;

asm_quals
  : %empty              { $$ = NULL; }
  | asm_quals VOLATILE  { node *q = parse_spec(P, @2, $2, VOLATILE); $$ = $1 ? ast_append($1, q) : ast_list(A, @2, q); }
  | asm_quals INLINE    { node *q = parse_spec(P, @2, $2, INLINE); $$ = $1 ? ast_append($1, q) : ast_list(A, @2, q); }
  | asm_quals GOTO      { node *q = parse_spec(P, @2, $2, GOTO); $$ = $1 ? ast_append($1, q) : ast_list(A, @2, q); }
  ;

/* The operand sections after the template (outputs, inputs, clobbers,
 * labels), each an AST_LIST; NULL when there are none. */
asm_sections
  : %empty                                                      { $$ = NULL; }
  | ':' asm_operands                                            { $$ = ast_list(A, @$, $2); }
  | ':' asm_operands ':' asm_operands                           { $$ = ast_append(ast_list(A, @$, $2), $4); }
  | ':' asm_operands ':' asm_operands ':' asm_clobbers          { $$ = ast_append(ast_append(ast_list(A, @$, $2), $4), $6); }
  | ':' asm_operands ':' asm_operands ':' asm_clobbers ':' asm_labels
      { $$ = ast_append(ast_append(ast_append(ast_list(A, @$, $2), $4), $6), $8); }
  ;

asm_operands
  : %empty                         { $$ = ast_list(A, @$, NULL); }
  | asm_operand                    { $$ = ast_list(A, @$, $1); }
  | asm_operands ',' asm_operand   { $$ = ast_append($1, $3); }
  ;

asm_operand
  : string_seq '(' expression ')'                             { $$ = ast_node(A, AST_ASM_OPERAND, @$, $1, $3, NULL, NULL); }
  | '[' general_identifier ']' string_seq '(' expression ')'  { $$ = ast_text(A, AST_ASM_OPERAND, @$, $2, $4, $6); }
  ;

asm_clobbers
  : %empty                       { $$ = ast_list(A, @$, NULL); }
  | string_seq                   { $$ = ast_list(A, @$, $1); }
  | asm_clobbers ',' string_seq  { $$ = ast_append($1, $3); }
  ;

asm_labels
  : %empty                                { $$ = ast_list(A, @$, NULL); }
  | general_identifier                    { $$ = ast_list(A, @$, ast_text(A, AST_IDENT, @1, $1, NULL, NULL)); }
  | asm_labels ',' general_identifier     { $$ = ast_append($1, ast_text(A, AST_IDENT, @3, $3, NULL, NULL)); }
  ;

/* ---- expressions ---- */


string_seq
  : STRING_LITERAL              { $$ = ast_node(A, AST_STRINGS, @$, ast_list(A, @$, ast_text(A, AST_STRING, @1, $1, NULL, NULL)), NULL, NULL, NULL); }
  | string_seq STRING_LITERAL   { $$ = $1; ast_append($$->a, ast_text(A, AST_STRING, @2, $2, NULL, NULL)); $$->loc.end = @2.end; }
  ;

generic_assoc_list
  : generic_assoc                          { $$ = ast_list(A, @$, $1); }
  | generic_assoc_list ',' generic_assoc   { $$ = ast_append($1, $3); }
  ;

generic_assoc
  : type_name ':' assignment_expression   { $$ = ast_node(A, AST_GENERIC_ASSOC, @$, $1, $3, NULL, NULL); }
  | DEFAULT ':' assignment_expression     { $$ = ast_node(A, AST_GENERIC_ASSOC, @$, NULL, $3, NULL, NULL); }
  ;

offsetof_path
  : general_identifier                     { $$ = ast_node(A, AST_OFFSETOF_PATH, @$, ast_list(A, @$, ast_text(A, AST_IDENT, @1, $1, NULL, NULL)), NULL, NULL, NULL); }
  | offsetof_path '.' general_identifier   { $$ = $1; ast_append($$->a, ast_text(A, AST_DESIG_FIELD, @3, $3, NULL, NULL)); $$->loc = @$; }
  | offsetof_path '[' expression ']'       { $$ = $1; ast_append($$->a, ast_node(A, AST_DESIG_INDEX, @3, $3, NULL, NULL, NULL)); $$->loc = @$; }
  ;

/* Primary expressions are postfix alternatives directly: one reduction
 * less per operand, which matters on the parser's hot path. */
postfix_expression
  : IDENTIFIER                  { $$ = ast_text(A, AST_IDENT, @$, $1, NULL, NULL); }
  | CONSTANT                    { $$ = ast_text(A, AST_CONST, @$, $1, NULL, NULL); }
  | string_seq
  | '(' expression ')'          { $$ = ast_node(A, AST_PAREN, @$, $2, NULL, NULL, NULL); }
  | '(' compound_statement ')'  { $$ = ast_node(A, AST_STMT_EXPR, @$, $2, NULL, NULL, NULL); }
  | GENERIC '(' assignment_expression ',' generic_assoc_list ')'
      { $$ = ast_text(A, AST_GENERIC, @$, $1, $3, $5); }
  | VA_ARG '(' assignment_expression ',' type_name ')'          { $$ = ast_text(A, AST_BUILTIN, @$, $1, $3, $5); }
  | OFFSETOF '(' type_name ',' offsetof_path ')'                { $$ = ast_text(A, AST_BUILTIN, @$, $1, $3, $5); }
  | TYPES_COMPATIBLE '(' type_name ',' type_name ')'            { $$ = ast_text(A, AST_BUILTIN, @$, $1, $3, $5); }
  | CONVERTVECTOR '(' assignment_expression ',' type_name ')'   { $$ = ast_text(A, AST_BUILTIN, @$, $1, $3, $5); }
  | BIT_CAST '(' type_name ',' assignment_expression ')'        { $$ = ast_text(A, AST_BUILTIN, @$, $1, $3, $5); }
  | postfix_expression '[' expression ']'           { $$ = ast_node(A, AST_INDEX, @$, $1, $3, NULL, NULL); }
  | postfix_expression '(' ')'                      { $$ = ast_node(A, AST_CALL, @$, $1, NULL, NULL, NULL); }
  | postfix_expression '(' argument_list ')'        { $$ = ast_node(A, AST_CALL, @$, $1, $3, NULL, NULL); }
  | postfix_expression '.' general_identifier       { $$ = ast_text(A, AST_MEMBER_ACCESS, @$, $3, $1, NULL); $$->op = '.'; }
  | postfix_expression PTR_OP general_identifier    { $$ = ast_text(A, AST_MEMBER_ACCESS, @$, $3, $1, NULL); $$->op = PTR_OP; }
  | postfix_expression INC                          { $$ = ast_op(A, AST_POSTFIX, @$, INC, $1, NULL); }
  | postfix_expression DEC                          { $$ = ast_op(A, AST_POSTFIX, @$, DEC, $1, NULL); }
  | '(' type_name ')' '{' '}'                       { $$ = ast_node(A, AST_COMPOUND_LIT, @$, $2, ast_node(A, AST_INIT_LIST, @4, NULL, NULL, NULL, NULL), NULL, NULL); $$->b->loc.end = @5.end; }
  | '(' type_name ')' '{' initializer_list '}'      { $$ = ast_node(A, AST_COMPOUND_LIT, @$, $2, ast_node(A, AST_INIT_LIST, @4, $5, NULL, NULL, NULL), NULL, NULL); $$->b->loc.end = @6.end; }
  | '(' type_name ')' '{' initializer_list ',' '}'  { $$ = ast_node(A, AST_COMPOUND_LIT, @$, $2, ast_flags(ast_node(A, AST_INIT_LIST, @4, $5, NULL, NULL, NULL), DF_TRAILING_COMMA), NULL, NULL); $$->b->loc.end = @7.end; }
  ;

argument_list
  : assignment_expression                     { $$ = ast_list(A, @$, $1); }
  | argument_list ',' assignment_expression   { $$ = ast_append($1, $3); }
  ;

unary_expression
  : postfix_expression
  | INC unary_expression                  { $$ = ast_op(A, AST_UNARY, @$, INC, $2, NULL); }
  | DEC unary_expression                  { $$ = ast_op(A, AST_UNARY, @$, DEC, $2, NULL); }
  | '&' cast_expression                   { $$ = ast_op(A, AST_UNARY, @$, '&', $2, NULL); }
  | '*' cast_expression                   { $$ = ast_op(A, AST_UNARY, @$, '*', $2, NULL); }
  | '+' cast_expression                   { $$ = ast_op(A, AST_UNARY, @$, '+', $2, NULL); }
  | '-' cast_expression                   { $$ = ast_op(A, AST_UNARY, @$, '-', $2, NULL); }
  | '~' cast_expression                   { $$ = ast_op(A, AST_UNARY, @$, '~', $2, NULL); }
  | '!' cast_expression                   { $$ = ast_op(A, AST_UNARY, @$, '!', $2, NULL); }
  | SIZEOF unary_expression               { $$ = ast_text(A, AST_UNARY, @$, $1, $2, NULL); $$->op = SIZEOF; }
  | SIZEOF '(' type_name ')'   { $$ = ast_text(A, AST_SIZEOF_TYPE, @$, $1, $3, NULL); $$->op = SIZEOF; }
  | ALIGNOF unary_expression              { $$ = ast_text(A, AST_UNARY, @$, $1, $2, NULL); $$->op = ALIGNOF; }
  | ALIGNOF '(' type_name ')'  { $$ = ast_text(A, AST_SIZEOF_TYPE, @$, $1, $3, NULL); $$->op = ALIGNOF; }
  | ANDAND general_identifier             { $$ = ast_text(A, AST_LABEL_ADDR, @$, $2, NULL, NULL); }
  | EXTENSION cast_expression             { $$ = ast_text(A, AST_UNARY, @$, $1, $2, NULL); $$->op = EXTENSION; }
  | REAL cast_expression                  { $$ = ast_text(A, AST_UNARY, @$, $1, $2, NULL); $$->op = REAL; }
  | IMAG cast_expression                  { $$ = ast_text(A, AST_UNARY, @$, $1, $2, NULL); $$->op = IMAG; }
  | AWAIT cast_expression                 { $$ = ast_text(A, AST_AWAIT, @$, $1, $2, NULL); $$->op = AWAIT; }
  ;

cast_expression
  : unary_expression
  | '(' type_name ')' cast_expression     { $$ = ast_node(A, AST_CAST, @$, $2, $4, NULL, NULL); }
  ;

binary_expression
  : unary_expression
  | '(' type_name ')' cast_expression           { $$ = ast_node(A, AST_CAST, @$, $2, $4, NULL, NULL); }
  | binary_expression '*' binary_expression     { $$ = ast_op(A, AST_BINARY, @$, '*', $1, $3); }
  | binary_expression '/' binary_expression     { $$ = ast_op(A, AST_BINARY, @$, '/', $1, $3); }
  | binary_expression '%' binary_expression     { $$ = ast_op(A, AST_BINARY, @$, '%', $1, $3); }
  | binary_expression '+' binary_expression     { $$ = ast_op(A, AST_BINARY, @$, '+', $1, $3); }
  | binary_expression '-' binary_expression     { $$ = ast_op(A, AST_BINARY, @$, '-', $1, $3); }
  | binary_expression SHL binary_expression     { $$ = ast_op(A, AST_BINARY, @$, SHL, $1, $3); }
  | binary_expression SHR binary_expression     { $$ = ast_op(A, AST_BINARY, @$, SHR, $1, $3); }
  | binary_expression '<' binary_expression     { $$ = ast_op(A, AST_BINARY, @$, '<', $1, $3); }
  | binary_expression '>' binary_expression     { $$ = ast_op(A, AST_BINARY, @$, '>', $1, $3); }
  | binary_expression LE binary_expression      { $$ = ast_op(A, AST_BINARY, @$, LE, $1, $3); }
  | binary_expression GE binary_expression      { $$ = ast_op(A, AST_BINARY, @$, GE, $1, $3); }
  | binary_expression EQ binary_expression      { $$ = ast_op(A, AST_BINARY, @$, EQ, $1, $3); }
  | binary_expression NE binary_expression      { $$ = ast_op(A, AST_BINARY, @$, NE, $1, $3); }
  | binary_expression '&' binary_expression     { $$ = ast_op(A, AST_BINARY, @$, '&', $1, $3); }
  | binary_expression '^' binary_expression     { $$ = ast_op(A, AST_BINARY, @$, '^', $1, $3); }
  | binary_expression '|' binary_expression     { $$ = ast_op(A, AST_BINARY, @$, '|', $1, $3); }
  | binary_expression ANDAND binary_expression  { $$ = ast_op(A, AST_BINARY, @$, ANDAND, $1, $3); }
  | binary_expression OROR binary_expression    { $$ = ast_op(A, AST_BINARY, @$, OROR, $1, $3); }
  ;

conditional_expression
  : binary_expression
  | binary_expression '?' expression ':' conditional_expression   { $$ = ast_node(A, AST_COND, @$, $1, $3, $5, NULL); }
  | binary_expression '?' ':' conditional_expression              { $$ = ast_node(A, AST_COND, @$, $1, NULL, $4, NULL); }
  ;

assignment_expression
  : conditional_expression
  | unary_expression assign_op assignment_expression   { $$ = ast_text(A, AST_ASSIGN, @$, $2, $1, $3); $$->op = *$2.s == '=' ? '=' : 0; }
  ;

assign_op
  : '=' | MUL_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | ADD_ASSIGN | SUB_ASSIGN
  | SHL_ASSIGN | SHR_ASSIGN | AND_ASSIGN | XOR_ASSIGN | OR_ASSIGN
  ;

expression
  : assignment_expression
  | expression ',' assignment_expression   { $$ = ast_op(A, AST_BINARY, @$, ',', $1, $3); }
  ;

constant_expression
  : conditional_expression
  ;

%%

/* Syntax errors in GCC's words: "expected ';' before 'x'". */
static int yyreport_syntax_error(const yypcontext_t *ctx, parser *P, void *scanner) {
  (void)scanner;
  enum { MAX_EXPECTED = 128 };
  yysymbol_kind_t expected[MAX_EXPECTED];
  int n = yypcontext_expected_tokens(ctx, expected, MAX_EXPECTED);
  const char *names[MAX_EXPECTED];
  for (int i = 0; i < n && i < MAX_EXPECTED; i++)
    names[i] = yysymbol_name(expected[i]);
  const srcspan *loc = yypcontext_location(ctx);
  parse_syntax_error(P, loc->begin, loc->end, yypcontext_token(ctx) == YYSYMBOL_YYEOF, names,
                     n > MAX_EXPECTED ? MAX_EXPECTED : n);
  return 0;
}
