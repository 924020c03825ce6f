/* parser.y - the grammar of qasm: one statement per line. Actions only build IR nodes
 * (ir.c); operand shapes, names and sizes are checked by later passes (check.c,
 * symbols.c), so the grammar stays small and conflict-free. */

/* A pure parser and a reentrant scanner: no global state between them. */
%define api.pure full
/* Locations of every token, for file:line:col diagnostics. */
%locations
/* Messages name the unexpected token and what was expected. */
%define parse.error detailed
/* The grammar has no conflicts; keep it that way. */
%expect 0
%lex-param {yyscan_t scanner}
%parse-param {yyscan_t scanner} {struct parse_ctx *ctx}

%code requires {
#include "parse_ctx.h"
typedef void *yyscan_t;
}

%code {
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int yylex(YYSTYPE *lval, YYLTYPE *lloc, yyscan_t scanner);
static void yyerror(YYLTYPE *loc, yyscan_t scanner, struct parse_ctx *ctx, const char *msg);
static struct diag_loc at(struct parse_ctx *ctx, YYLTYPE l)
{
    return (struct diag_loc){ctx->file, l.first_line, l.first_column};
}
static struct stmt *mkstmt(struct parse_ctx *ctx, enum stmt_kind k, YYLTYPE l,
                           const char *name, struct operand *ops)
{
    struct stmt *s = stmt_new(k, at(ctx, l));
    s->name = name;
    s->name_loc = s->loc;
    while (ops) { /* the grammar builds operand lists backwards */
        struct operand *next = ops->next;
        ops->next = s->ops;
        s->ops = ops;
        ops = next;
    }
    return s;
}
}

%union {
    struct operand *opnd;
    const char *text;
    struct stmt *stmt;
}

%token NEWLINE "end of line"
%token KW_DATA "data"
%token <text> WORD "identifier"
%token <text> DOTDIR "directive"
%token <text> LABEL "label"
%token <opnd> NAME "name"
%token <opnd> NAME_EXPR "name expression"
%token <opnd> REGISTER "register"
%token <opnd> NUMBER "number"
%token <opnd> FLOAT "float"
%token <opnd> STRING "string"

%type <stmt> stmt
%type <opnd> operands operand

%%

program
    : %empty
    | program line
    ;

line
    : NEWLINE
    | stmt NEWLINE      { $1->bad = ctx->last_error_line == @1.first_line;
                          program_append(ctx->prog, $1); }
    | error NEWLINE     { yyerrok; }
    ;

stmt
    : LABEL                     { $$ = mkstmt(ctx, ST_LABEL, @1, $1, NULL); }
    | WORD operands             { $$ = mkstmt(ctx, ST_INSN, @1, $1, $2); }
    | KW_DATA NAME operands     { $$ = mkstmt(ctx, ST_DATA, @1, $2->name, $3);
                                  $$->name_loc = $2->loc; }
    | DOTDIR operands           { $$ = mkstmt(ctx, ST_DOT, @1, $1, $2); }
    ;

operands
    : %empty                    { $$ = NULL; }
    | operands operand          { $2->next = $1; $$ = $2; /* reversed by mkstmt */ }
    ;

operand
    : REGISTER | NUMBER | FLOAT | NAME | NAME_EXPR | STRING
    ;

%%

static void yyerror(YYLTYPE *loc, yyscan_t scanner, struct parse_ctx *ctx, const char *msg)
{
    (void)scanner;
    parse_error_at(ctx, loc->first_line, loc->first_column, "%s", msg);
}

void parse_error_at(struct parse_ctx *ctx, int line, int col, const char *fmt, ...)
{
    ctx->errors++;
    if (line == ctx->last_error_line)
        return;
    ctx->last_error_line = line;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error_at((struct diag_loc){ctx->file, line, col}, "%s", msg);
}

void *qasm_scan_start(struct parse_ctx *ctx, const char *text, size_t len);
void qasm_scan_stop(void *scanner);

int parse_source(struct program *p, const char *file, const char *text, size_t len)
{
    struct parse_ctx ctx = {.prog = p, .file = file, .line = 1, .col = 1};
    /* Every line ends with LF for the grammar, even the last one. */
    char *copy = arena_alloc(len + 2);
    memcpy(copy, text, len);
    if (len == 0 || text[len - 1] != '\n')
        copy[len++] = '\n';
    void *scanner = qasm_scan_start(&ctx, copy, len);
    if (!scanner)
        diag_fatal("cannot start the scanner");
    yyparse(scanner, &ctx);
    qasm_scan_stop(scanner);
    return ctx.errors;
}
