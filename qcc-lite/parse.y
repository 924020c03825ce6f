/* parse.y - the C grammar of qcc-lite. Actions only build AST nodes and record
 * locations; types and scopes are checked later (sema*.c). The one exception is the
 * typedef-name problem: each completed declarator is entered in the parser's scope
 * table (ast.c) so the scanner can tell TYPEDEF_NAME from IDENTIFIER.
 */
/* A pure (reentrant) parser: no globals shared with the scanner. */
%define api.pure full
/* Locations are file/line/column (Loc); the file changes with line markers. */
%locations
%define api.location.type {Loc}
/* Messages name the expected and found tokens. */
%define parse.error detailed
/* The scanner handle and the parse context travel as parameters. */
%param {void *scanner}
%parse-param {ParseCtx *ctx}
/* The grammar is unambiguous once the precedences below are given. */
%expect 0

%code requires {
#include "qcc.h"
#define YYLLOC_DEFAULT(Cur, Rhs, N)                        \
    do {                                                   \
        if (N) (Cur) = YYRHSLOC(Rhs, 1);                   \
        else (Cur) = YYRHSLOC(Rhs, 0);                     \
    } while (0)
}

%code provides {
int yylex(YYSTYPE *lval, Loc *lloc, void *scanner);
void yyerror(Loc *loc, void *scanner, ParseCtx *ctx, const char *msg);
}

%code {
#include <string.h>
/* nesting depth: the parser's stack grows (malloc) up to this many entries, a few per
 * level of nesting (docs/c-dialect.md); beyond it, "too deeply nested" */
#define YYMAXDEPTH 1000000
}

%union {
    Node *node;
    char *name;
    Spec *spec;
    Declarator *decl;
    DMod *mod;
    int ival;
}

%token <name> IDENTIFIER "identifier"
%token <name> TYPEDEF_NAME "type name"
%token <node> CONSTANT "constant"
%token <node> STRING_LITERAL "string literal"
%token PTR_OP "'->'"
%token INC_OP "'++'"
%token DEC_OP "'--'"
%token LEFT_OP "'<<'"
%token RIGHT_OP "'>>'"
%token LE_OP "'<='"
%token GE_OP "'>='"
%token EQ_OP "'=='"
%token NE_OP "'!='"
%token AND_OP "'&&'"
%token OR_OP "'||'"
%token MUL_ASSIGN "'*='"
%token DIV_ASSIGN "'/='"
%token MOD_ASSIGN "'%='"
%token ADD_ASSIGN "'+='"
%token SUB_ASSIGN "'-='"
%token LEFT_ASSIGN "'<<='"
%token RIGHT_ASSIGN "'>>='"
%token AND_ASSIGN "'&='"
%token XOR_ASSIGN "'^='"
%token OR_ASSIGN "'|='"
%token ELLIPSIS "'...'"
%token TYPEDEF "'typedef'"
%token EXTERN "'extern'"
%token STATIC "'static'"
%token AUTO "'auto'"
%token REGISTER "'register'"
%token INLINE "'inline'"
%token NORETURN "'_Noreturn'"
%token CONST "'const'"
%token VOLATILE "'volatile'"
%token RESTRICT "'restrict'"
%token CHAR "'char'"
%token SHORT "'short'"
%token INT "'int'"
%token LONG "'long'"
%token SIGNED "'signed'"
%token UNSIGNED "'unsigned'"
%token FLOAT "'float'"
%token DOUBLE "'double'"
%token FLOAT32 "'_Float32'"
%token VOID "'void'"
%token BOOL "'_Bool'"
%token STRUCT "'struct'"
%token UNION "'union'"
%token ENUM "'enum'"
%token CASE "'case'"
%token DEFAULT "'default'"
%token IF "'if'"
%token ELSE "'else'"
%token SWITCH "'switch'"
%token WHILE "'while'"
%token DO "'do'"
%token FOR "'for'"
%token GOTO "'goto'"
%token CONTINUE "'continue'"
%token BREAK "'break'"
%token RETURN "'return'"
%token SIZEOF "'sizeof'"
%token ASM "'__asm__'"
%token VA_START "'__builtin_va_start'"
%token STATIC_ASSERT "'_Static_assert'"
%token ALIGNOF "'_Alignof'"
%token TYPEOF "'typeof'"
%token AUTO_TYPE "'__auto_type'"
%token VA_ARG "'__builtin_va_arg'"
%token ALIGNAS "'_Alignas'"
%token GENERIC "'_Generic'"
%token THREAD_LOCAL "'_Thread_local'"
%token ATTRIBUTE "'__attribute__'"
%token OFFSETOF "'__builtin_offsetof'"
%token TYPES_COMPATIBLE "'__builtin_types_compatible_p'"
%token CONVERTVECTOR "'__builtin_convertvector'"
%token ATOMIC "'_Atomic'"
%token ATOMIC_SPEC "'_Atomic('"
%token COMPLEX "'_Complex'"
%token REAL_PART "'__real__'"
%token IMAG_PART "'__imag__'"
%token LOCAL_LABEL "'__label__'"

%type <node> primary_expression postfix_expression argument_expression_list
%type <node> unary_expression cast_expression multiplicative_expression
%type <node> additive_expression shift_expression relational_expression
%type <node> equality_expression and_expression exclusive_or_expression
%type <node> inclusive_or_expression logical_and_expression logical_or_expression
%type <node> conditional_expression assignment_expression expression
%type <node> constant_expression string_list expression_opt
%type <node> declaration init_declarator_list init_declarator initializer
%type <node> initializer_list designation designator_list designator
%type <node> struct_or_union_specifier struct_declaration_list struct_declaration
%type <node> struct_declarator_list struct_declarator enum_specifier enumerator_list
%type <node> enumerator parameter_list parameter_declaration identifier_list
%type <node> type_name statement labeled_statement compound_statement block_item_list
%type <node> block_item expression_statement selection_statement iteration_statement
%type <node> label_only end_labels
%type <node> jump_statement asm_statement translation_unit external_declaration
%type <node> asm_sections asm_operands_opt asm_operand_list asm_operand
%type <node> function_definition kr_declaration_list explicit_function_definition
%type <node> local_label_list
%type <node> generic_assoc_list generic_association offsetof_member
%type <node> attribute_specifier attributes attributes_opt attribute_list attribute
%type <node> asm_label_attrs
%type <spec> declaration_specifiers decl_specs_top specifier_qualifier_list
%type <spec> storage_class_specifier type_specifier type_qualifier function_specifier
%type <decl> declarator direct_declarator abstract_declarator direct_abstract_declarator
%type <mod> pointer
%type <ival> type_qualifier_list unary_operator assignment_operator struct_or_union
%type <ival> array_qualifiers
%type <name> attribute_name
%type <spec> extra_specifier implicit_int

%precedence LABEL_ONLY   /* `a:` then an identifier or typedef name: a labeled statement */
%precedence IDENTIFIER TYPEDEF_NAME
%precedence KR_OPEN
%precedence ATTRIBUTE
%precedence THEN
%precedence ELSE
%precedence SIZEOF_TYPE
%precedence '{'

%start translation_unit

%%

primary_expression
    : IDENTIFIER                { $$ = new_node(ND_IDENT, @1); $$->name = $1; }
    | CONSTANT                  { $$ = $1; }
    | string_list               { $$ = $1; }
    | '(' expression ')'        { $$ = $2; }
    | VA_START '(' assignment_expression ',' IDENTIFIER ')'
                                { $$ = new_node(ND_VA_START, @1); $$->a = $3; $$->name = $5; }
    | VA_ARG '(' assignment_expression ',' type_name ')'
                                { $$ = new_node(ND_VA_ARG, @1); $$->a = $3; $$->b = $5; }
    | CONVERTVECTOR '(' assignment_expression ',' type_name ')'
                                { $$ = new_node(ND_CONVERTVECTOR, @1); $$->a = $3; $$->b = $5; }
    | '(' compound_statement ')'
        { /* GNU statement expression */ $$ = new_node(ND_STMT_EXPR, @1); $$->a = $2; }
    | GENERIC '(' assignment_expression ',' generic_assoc_list ')'
                                { $$ = new_node(ND_GENERIC, @1); $$->a = $3; $$->b = $5; }
    | OFFSETOF '(' type_name ',' offsetof_member ')'
                                { $$ = new_node(ND_OFFSETOF, @1); $$->a = $3; $$->b = $5; }
    | TYPES_COMPATIBLE '(' type_name ',' type_name ')'
                                { $$ = new_node(ND_TYPES_COMPATIBLE, @1); $$->a = $3; $$->b = $5; }
    ;

generic_assoc_list
    : generic_association
    | generic_assoc_list ',' generic_association { $$ = list_append($1, $3); }
    ;

generic_association
    : type_name ':' assignment_expression
                                { $$ = new_node(ND_GENERIC, @2); $$->a = $1; $$->b = $3; }
    | DEFAULT ':' assignment_expression
                                { $$ = new_node(ND_GENERIC, @2); $$->b = $3; }
    ;

/* __builtin_offsetof(T, a.b[2].c): a list of ND_DESIG_FIELD / ND_DESIG_INDEX */
offsetof_member
    : IDENTIFIER                { $$ = new_node(ND_DESIG_FIELD, @1); $$->name = $1; }
    | TYPEDEF_NAME              { $$ = new_node(ND_DESIG_FIELD, @1); $$->name = $1; }
    | offsetof_member '.' IDENTIFIER
        { Node *d = new_node(ND_DESIG_FIELD, @3); d->name = $3; $$ = list_append($1, d); }
    | offsetof_member '.' TYPEDEF_NAME
        { Node *d = new_node(ND_DESIG_FIELD, @3); d->name = $3; $$ = list_append($1, d); }
    | offsetof_member '[' expression ']'
        { Node *d = new_node(ND_DESIG_INDEX, @2); d->a = $3; $$ = list_append($1, d); }
    ;

string_list
    : STRING_LITERAL            { $$ = $1; }
    | string_list STRING_LITERAL { $$ = parse_concat_strings($1, $2); }
    ;

postfix_expression
    : primary_expression
    | postfix_expression '[' expression ']'
                                { $$ = new_node(ND_INDEX, @2); $$->a = $1; $$->b = $3; }
    | postfix_expression '(' ')' { $$ = new_node(ND_CALL, @2); $$->a = $1; }
    | postfix_expression '(' argument_expression_list ')'
                                { $$ = new_node(ND_CALL, @2); $$->a = $1; $$->b = $3; }
    | postfix_expression '.' IDENTIFIER
                                { $$ = new_node(ND_MEMBER, @2); $$->a = $1; $$->name = $3; }
    | postfix_expression '.' TYPEDEF_NAME
                                { $$ = new_node(ND_MEMBER, @2); $$->a = $1; $$->name = $3; }
    | postfix_expression PTR_OP IDENTIFIER
                                { $$ = new_node(ND_ARROW, @2); $$->a = $1; $$->name = $3; }
    | postfix_expression PTR_OP TYPEDEF_NAME
                                { $$ = new_node(ND_ARROW, @2); $$->a = $1; $$->name = $3; }
    | postfix_expression INC_OP { $$ = new_node(ND_POSTINC, @2); $$->a = $1; }
    | postfix_expression DEC_OP { $$ = new_node(ND_POSTDEC, @2); $$->a = $1; }
    | '(' type_name ')' '{' initializer_list '}'
                                { $$ = new_node(ND_COMPOUND_LIT, @1); $$->a = $2; $$->b = $5; }
    | '(' type_name ')' '{' initializer_list ',' '}'
                                { $$ = new_node(ND_COMPOUND_LIT, @1); $$->a = $2; $$->b = $5; }
    | '(' type_name ')' '{' '}' { $$ = new_node(ND_COMPOUND_LIT, @1); $$->a = $2; }
    ;

argument_expression_list
    : assignment_expression     { $$ = $1; }
    | argument_expression_list ',' assignment_expression { $$ = list_append($1, $3); }
    ;

unary_expression
    : postfix_expression
    | INC_OP unary_expression   { $$ = new_node(ND_PREINC, @1); $$->a = $2; }
    | DEC_OP unary_expression   { $$ = new_node(ND_PREDEC, @1); $$->a = $2; }
    | unary_operator cast_expression { $$ = new_node($1, @1); $$->a = $2; }
    | SIZEOF unary_expression   { $$ = new_node(ND_SIZEOF_EXPR, @1); $$->a = $2; }
    | SIZEOF '(' type_name ')' %prec SIZEOF_TYPE
                                { $$ = new_node(ND_SIZEOF_TYPE, @1); $$->a = $3; }
    | ALIGNOF '(' type_name ')' %prec SIZEOF_TYPE
                                { $$ = new_node(ND_ALIGNOF, @1); $$->b = $3; }
    | ALIGNOF unary_expression  { $$ = new_node(ND_ALIGNOF, @1); $$->a = $2; }
    | REAL_PART cast_expression { $$ = new_node(ND_REAL_PART, @1); $$->a = $2; }
    | IMAG_PART cast_expression { $$ = new_node(ND_IMAG_PART, @1); $$->a = $2; }
    | AND_OP IDENTIFIER
        { /* GNU label address */ $$ = new_node(ND_LABEL_ADDR, @1); $$->name = $2; }
    | AND_OP TYPEDEF_NAME       { $$ = new_node(ND_LABEL_ADDR, @1); $$->name = $2; }
    ;

unary_operator
    : '&' { $$ = ND_ADDR; } | '*' { $$ = ND_DEREF; } | '+' { $$ = ND_POS; }
    | '-' { $$ = ND_NEG; } | '~' { $$ = ND_BITNOT; } | '!' { $$ = ND_NOT; }
    ;

cast_expression
    : unary_expression
    | '(' type_name ')' cast_expression
                                { $$ = new_node(ND_CAST, @1); $$->a = $4; $$->b = $2; }
    ;

multiplicative_expression
    : cast_expression
    | multiplicative_expression '*' cast_expression { $$ = new_binary('*', $1, $3, @2); }
    | multiplicative_expression '/' cast_expression { $$ = new_binary('/', $1, $3, @2); }
    | multiplicative_expression '%' cast_expression { $$ = new_binary('%', $1, $3, @2); }
    ;

additive_expression
    : multiplicative_expression
    | additive_expression '+' multiplicative_expression { $$ = new_binary('+', $1, $3, @2); }
    | additive_expression '-' multiplicative_expression { $$ = new_binary('-', $1, $3, @2); }
    ;

shift_expression
    : additive_expression
    | shift_expression LEFT_OP additive_expression { $$ = new_binary(OP_SHL, $1, $3, @2); }
    | shift_expression RIGHT_OP additive_expression { $$ = new_binary(OP_SHR, $1, $3, @2); }
    ;

relational_expression
    : shift_expression
    | relational_expression '<' shift_expression { $$ = new_binary('<', $1, $3, @2); }
    | relational_expression '>' shift_expression { $$ = new_binary('>', $1, $3, @2); }
    | relational_expression LE_OP shift_expression { $$ = new_binary(OP_LE, $1, $3, @2); }
    | relational_expression GE_OP shift_expression { $$ = new_binary(OP_GE, $1, $3, @2); }
    ;

equality_expression
    : relational_expression
    | equality_expression EQ_OP relational_expression { $$ = new_binary(OP_EQ, $1, $3, @2); }
    | equality_expression NE_OP relational_expression { $$ = new_binary(OP_NE, $1, $3, @2); }
    ;

and_expression
    : equality_expression
    | and_expression '&' equality_expression { $$ = new_binary('&', $1, $3, @2); }
    ;

exclusive_or_expression
    : and_expression
    | exclusive_or_expression '^' and_expression { $$ = new_binary('^', $1, $3, @2); }
    ;

inclusive_or_expression
    : exclusive_or_expression
    | inclusive_or_expression '|' exclusive_or_expression { $$ = new_binary('|', $1, $3, @2); }
    ;

logical_and_expression
    : inclusive_or_expression
    | logical_and_expression AND_OP inclusive_or_expression
                                { $$ = new_node(ND_LOGAND, @2); $$->a = $1; $$->b = $3; }
    ;

logical_or_expression
    : logical_and_expression
    | logical_or_expression OR_OP logical_and_expression
                                { $$ = new_node(ND_LOGOR, @2); $$->a = $1; $$->b = $3; }
    ;

conditional_expression
    : logical_or_expression
    | logical_or_expression '?' expression ':' conditional_expression
                                { $$ = new_node(ND_COND, @2); $$->a = $1; $$->b = $3; $$->c = $5; }
    | logical_or_expression '?' ':' conditional_expression
        { /* GNU: a ?: c */ $$ = new_node(ND_COND, @2); $$->a = $1; $$->c = $4; }
    ;

assignment_expression
    : conditional_expression
    | unary_expression assignment_operator assignment_expression
        {
            if ($2 == '=') {
                $$ = new_node(ND_ASSIGN, @2);
            } else {
                $$ = new_node(ND_OPASSIGN, @2);
                $$->op = $2;
            }
            $$->a = $1;
            $$->b = $3;
        }
    ;

assignment_operator
    : '=' { $$ = '='; } | MUL_ASSIGN { $$ = '*'; } | DIV_ASSIGN { $$ = '/'; }
    | MOD_ASSIGN { $$ = '%'; } | ADD_ASSIGN { $$ = '+'; } | SUB_ASSIGN { $$ = '-'; }
    | LEFT_ASSIGN { $$ = OP_SHL; } | RIGHT_ASSIGN { $$ = OP_SHR; }
    | AND_ASSIGN { $$ = '&'; } | XOR_ASSIGN { $$ = '^'; } | OR_ASSIGN { $$ = '|'; }
    ;

expression
    : assignment_expression
    | expression ',' assignment_expression
                                { $$ = new_node(ND_COMMA, @2); $$->a = $1; $$->b = $3; }
    ;

expression_opt
    : %empty                    { $$ = NULL; }
    | expression
    ;

constant_expression
    : conditional_expression
    ;

/* ---- declarations ---- */

declaration
    : STATIC_ASSERT '(' constant_expression ',' string_list ')' ';'
        { $$ = new_node(ND_STATIC_ASSERT, @1); $$->a = $3; $$->b = $5; }
    | decl_specs_top ';'
        { parse_pop_typedef_flag(ctx); $$ = new_node(ND_DECL, @1); $$->spec = $1; }
    | decl_specs_top init_declarator_list ';'
        { parse_pop_typedef_flag(ctx); $$ = new_node(ND_DECL, @1); $$->spec = $1; $$->a = $2;
          parse_auto_type($1, $2); }
    ;

decl_specs_top
    : declaration_specifiers    { parse_push_typedef_flag(ctx, $1); $$ = $1; }
    ;

declaration_specifiers
    : storage_class_specifier
    | storage_class_specifier declaration_specifiers { $$ = parse_merge_spec(ctx, $1, $2); }
    | type_specifier
    | type_specifier declaration_specifiers { $$ = parse_merge_spec(ctx, $1, $2); }
    | type_qualifier
    | type_qualifier declaration_specifiers { $$ = parse_merge_spec(ctx, $1, $2); }
    | function_specifier
    | function_specifier declaration_specifiers { $$ = parse_merge_spec(ctx, $1, $2); }
    | extra_specifier
    | extra_specifier declaration_specifiers { $$ = parse_merge_spec(ctx, $1, $2); }
    ;

/* __attribute__((...)) and _Alignas(...) among the specifiers */
extra_specifier
    : attribute_specifier       { $$ = new_spec(@1); $$->attrs = $1; }
    | ALIGNAS '(' type_name ')' { $$ = new_spec(@1); $$->align = $3; }
    | ALIGNAS '(' constant_expression ')' { $$ = new_spec(@1); $$->align = $3; }
    ;

attribute_specifier
    : ATTRIBUTE '(' '(' attribute_list ')' ')' { $$ = $4; }
    ;

attributes
    : attribute_specifier
    | attributes attribute_specifier { $$ = list_append($1, $2); }
    ;

attributes_opt
    : %empty                    { $$ = NULL; }
    | attributes
    ;

attribute_list
    : attribute
    | attribute_list ',' attribute { $$ = $1 ? list_append($1, $3) : $3; }
    ;

attribute
    : %empty                    { $$ = NULL; }
    | attribute_name            { $$ = new_node(ND_ATTR, @1); $$->name = $1; }
    | attribute_name '(' ')'    { $$ = new_node(ND_ATTR, @1); $$->name = $1; }
    | attribute_name '(' argument_expression_list ')'
                                { $$ = new_node(ND_ATTR, @1); $$->name = $1; $$->a = $3; }
    ;

attribute_name
    : IDENTIFIER
    | TYPEDEF_NAME
    | CONST                     { $$ = "const"; }
    ;

init_declarator_list
    : init_declarator
    | init_declarator_list ',' declarator_name_next init_declarator { $$ = list_append($1, $4); }
    ;

init_declarator
    : declarator asm_label_attrs
        { parse_declare_name(ctx, $1); $$ = new_node(ND_INIT_DECL, $1->loc); $$->decl = $1; $$->d = $2; }
    | declarator asm_label_attrs '=' { parse_declare_name(ctx, $1); } initializer
        { $$ = new_node(ND_INIT_DECL, $1->loc); $$->decl = $1; $$->b = $5; $$->d = $2; }
    ;

/* GNU asm label (`int f(void) __asm__("g");`: f's assembler name is g) and attributes;
 * the label travels as the attribute " asm" (a name no attribute can have). */
asm_label_attrs
    : attributes_opt
    | ASM '(' string_list ')' attributes_opt
        {
            $$ = new_node(ND_ATTR, @1); $$->name = " asm"; $$->a = $3;
            $$->next = $5;
        }
    ;

storage_class_specifier
    : TYPEDEF   { $$ = new_spec(@1); $$->storage = SC_TYPEDEF; }
    | EXTERN    { $$ = new_spec(@1); $$->storage = SC_EXTERN; }
    | STATIC    { $$ = new_spec(@1); $$->storage = SC_STATIC; }
    | THREAD_LOCAL { $$ = new_spec(@1); $$->thread_local = true; }
    | AUTO      { $$ = new_spec(@1); $$->storage = SC_AUTO; }
    | REGISTER  { $$ = new_spec(@1); $$->storage = SC_REGISTER; }
    ;

type_specifier
    : VOID      { $$ = parse_spec_tspec(TS_VOID, @1); }
    | CHAR      { $$ = parse_spec_tspec(TS_CHAR, @1); }
    | SHORT     { $$ = parse_spec_tspec(TS_SHORT, @1); }
    | INT       { $$ = parse_spec_tspec(TS_INT, @1); }
    | LONG      { $$ = parse_spec_tspec(TS_LONG, @1); }
    | FLOAT     { $$ = parse_spec_tspec(TS_FLOAT, @1); }
    | DOUBLE    { $$ = parse_spec_tspec(TS_DOUBLE, @1); }
    | FLOAT32   { $$ = parse_spec_tspec(TS_FLOAT32, @1); }
    | SIGNED    { $$ = parse_spec_tspec(TS_SIGNED, @1); }
    | UNSIGNED  { $$ = parse_spec_tspec(TS_UNSIGNED, @1); }
    | BOOL      { $$ = parse_spec_tspec(TS_BOOL, @1); }
    | struct_or_union_specifier { $$ = parse_spec_tspec(TS_OTHER, @1); $$->record = $1; }
    | enum_specifier { $$ = parse_spec_tspec(TS_OTHER, @1); $$->record = $1; }
    | TYPEDEF_NAME { $$ = parse_spec_tspec(TS_OTHER, @1); $$->typedef_name = $1; }
    | TYPEOF '(' expression ')'
        { $$ = parse_spec_tspec(TS_OTHER, @1); $$->record = new_node(ND_TYPEOF, @1); $$->record->a = $3; }
    | TYPEOF '(' type_name ')'
        { $$ = parse_spec_tspec(TS_OTHER, @1); $$->record = new_node(ND_TYPEOF, @1); $$->record->b = $3; }
    | AUTO_TYPE /* GNU: the type of the initializer (parse_auto_type) */
        { $$ = parse_spec_tspec(TS_OTHER, @1); $$->record = new_node(ND_TYPEOF, @1); $$->record->op = 1; }
    | ATOMIC_SPEC '(' type_name ')' /* one core: the type itself (docs/c-dialect.md) */
        { $$ = parse_spec_tspec(TS_OTHER, @1); $$->record = new_node(ND_TYPEOF, @1); $$->record->b = $3; }
    | COMPLEX   { $$ = new_spec(@1); $$->is_complex = true; }
    ;

struct_or_union_specifier
    : struct_or_union '{' struct_declaration_list '}'
        { $$ = new_node(ND_STRUCT_SPEC, @1); $$->op = $1; $$->a = $3; $$->ival = 1; }
    | struct_or_union '{' '}'
        { /* GNU: empty struct */ $$ = new_node(ND_STRUCT_SPEC, @1); $$->op = $1; $$->ival = 1; }
    | struct_or_union IDENTIFIER '{' '}'
        { $$ = new_node(ND_STRUCT_SPEC, @1); $$->op = $1; $$->name = $2; $$->ival = 1; }
    | struct_or_union IDENTIFIER '{' struct_declaration_list '}'
        { $$ = new_node(ND_STRUCT_SPEC, @1); $$->op = $1; $$->name = $2; $$->a = $4; $$->ival = 1; }
    | struct_or_union TYPEDEF_NAME '{' struct_declaration_list '}'
        { $$ = new_node(ND_STRUCT_SPEC, @1); $$->op = $1; $$->name = $2; $$->a = $4; $$->ival = 1; }
    | struct_or_union IDENTIFIER
        { $$ = new_node(ND_STRUCT_SPEC, @1); $$->op = $1; $$->name = $2; }
    | struct_or_union TYPEDEF_NAME
        { $$ = new_node(ND_STRUCT_SPEC, @1); $$->op = $1; $$->name = $2; }
    ;

struct_or_union
    : STRUCT    { $$ = TY_STRUCT; }
    | UNION     { $$ = TY_UNION; }
    | struct_or_union attribute_specifier { $$ = $1; /* packed, aligned: see c-dialect.md */ }
    ;

struct_declaration_list
    : struct_declaration
    | struct_declaration_list struct_declaration { $$ = list_append($1, $2); }
    ;

struct_declaration
    : STATIC_ASSERT '(' constant_expression ',' string_list ')' ';'
        { $$ = new_node(ND_STATIC_ASSERT, @1); $$->a = $3; $$->b = $5; }
    | specifier_qualifier_list ';'
        { $$ = new_node(ND_FIELD, @1); $$->spec = $1; }
    | specifier_qualifier_list struct_declarator_list ';'
        { $$ = new_node(ND_FIELD, @1); $$->spec = $1; $$->a = $2; }
    ;

specifier_qualifier_list
    : type_specifier specifier_qualifier_list { $$ = parse_merge_spec(ctx, $1, $2); }
    | type_specifier
    | type_qualifier specifier_qualifier_list { $$ = parse_merge_spec(ctx, $1, $2); }
    | type_qualifier
    | extra_specifier specifier_qualifier_list { $$ = parse_merge_spec(ctx, $1, $2); }
    | extra_specifier
    ;

struct_declarator_list
    : struct_declarator
    | struct_declarator_list ',' declarator_name_next struct_declarator { $$ = list_append($1, $4); }
    ;

struct_declarator
    : declarator attributes_opt
        { $$ = new_node(ND_INIT_DECL, $1->loc); $$->decl = $1; $$->d = $2; }
    | ':' constant_expression attributes_opt
        { $$ = new_node(ND_INIT_DECL, @1); $$->decl = new_declarator(NULL, @1); $$->c = $2;
          $$->d = $3; }
    | declarator ':' constant_expression attributes_opt
        { $$ = new_node(ND_INIT_DECL, $1->loc); $$->decl = $1; $$->c = $3; $$->d = $4; }
    ;

enum_specifier
    : ENUM '{' enumerator_list '}'
        { $$ = new_node(ND_ENUM_SPEC, @1); $$->a = $3; $$->ival = 1; }
    | ENUM '{' enumerator_list ',' '}'
        { $$ = new_node(ND_ENUM_SPEC, @1); $$->a = $3; $$->ival = 1; }
    | ENUM IDENTIFIER '{' enumerator_list '}'
        { $$ = new_node(ND_ENUM_SPEC, @1); $$->name = $2; $$->a = $4; $$->ival = 1; }
    | ENUM IDENTIFIER '{' enumerator_list ',' '}'
        { $$ = new_node(ND_ENUM_SPEC, @1); $$->name = $2; $$->a = $4; $$->ival = 1; }
    | ENUM IDENTIFIER
        { $$ = new_node(ND_ENUM_SPEC, @1); $$->name = $2; }
    ;

enumerator_list
    : enumerator
    | enumerator_list ',' enumerator { $$ = list_append($1, $3); }
    ;

enumerator
    : IDENTIFIER
        { pscope_declare(ctx, $1, false); $$ = new_node(ND_ENUMERATOR, @1); $$->name = $1; }
    | IDENTIFIER '=' constant_expression
        { pscope_declare(ctx, $1, false); $$ = new_node(ND_ENUMERATOR, @1); $$->name = $1; $$->a = $3; }
    ;

type_qualifier
    : CONST     { $$ = new_spec(@1); $$->quals = Q_CONST; }
    | RESTRICT  { $$ = new_spec(@1); $$->quals = Q_RESTRICT; }
    | VOLATILE  { $$ = new_spec(@1); $$->quals = Q_VOLATILE; }
    | ATOMIC    { $$ = new_spec(@1); $$->is_atomic = true;
                  /* one core: accesses are plain (c-dialect.md) */ }
    ;

function_specifier
    : INLINE    { $$ = new_spec(@1); $$->is_inline = true; }
    | NORETURN  { $$ = new_spec(@1); $$->is_noreturn = true; }
    ;

declarator
    : pointer direct_declarator
        {
            $$ = $2;
            DMod *last = $1;
            while (last->next)
                last = last->next;
            last->next = $$->mods;
            $$->mods = $1;
        }
    | direct_declarator
    ;

direct_declarator
    : IDENTIFIER                { $$ = new_declarator($1, @1); }
    | '(' declarator ')'        { $$ = $2; }
    | direct_declarator '[' ']'
        { DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->loc = @2; declarator_prepend($1, m); $$ = $1; }
    | direct_declarator '[' assignment_expression ']'
        { DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->size = $3; m->loc = @2; declarator_prepend($1, m); $$ = $1; }
    | direct_declarator '[' array_qualifiers ']'
        { DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->quals = $3; m->loc = @2; declarator_prepend($1, m); $$ = $1; }
    | direct_declarator '[' array_qualifiers assignment_expression ']'
        { DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->quals = $3; m->size = $4; m->loc = @2; declarator_prepend($1, m); $$ = $1; }
    | direct_declarator '[' STATIC type_qualifier_list assignment_expression ']'
        { DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->quals = $4 | Q_STATIC_SIZE; m->size = $5; m->loc = @2; declarator_prepend($1, m); $$ = $1; }
    | direct_declarator '[' array_qualifiers STATIC assignment_expression ']'
        { DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->quals = $3 | Q_STATIC_SIZE; m->size = $5; m->loc = @2; declarator_prepend($1, m); $$ = $1; }
    | direct_declarator '[' '*' ']'
        { DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->quals = Q_STAR_SIZE; m->loc = @2; declarator_prepend($1, m); $$ = $1; }
    | direct_declarator '(' param_scope_open parameter_list param_scope_close ')'
        { declarator_prepend($1, parse_func_mod($4, false, false, @2)); $$ = $1; }
    | direct_declarator '(' param_scope_open parameter_list ',' ELLIPSIS param_scope_close ')'
        { declarator_prepend($1, parse_func_mod($4, true, false, @2)); $$ = $1; }
    | direct_declarator '(' ')'
        { ctx->saved_params = NULL; declarator_prepend($1, parse_func_mod(NULL, false, true, @2)); $$ = $1; }
    | direct_declarator '(' identifier_list ')'
        { ctx->saved_params = NULL; declarator_prepend($1, parse_func_mod($3, false, true, @2)); $$ = $1; }
    ;

/* After the comma of a declarator list the next identifier is the declared name even
 * if it is a typedef name of an outer scope (`int a, T;`). */
declarator_name_next
    : %empty                    { ctx->want_declarator_name = true; }
    ;

param_scope_open
    : %empty                    { pscope_push(ctx); }
    ;

param_scope_close
    : %empty                    { ctx->saved_params = ctx->scope; pscope_pop(ctx); }
    ;

array_qualifiers
    : type_qualifier            { $$ = $1->quals; }
    | array_qualifiers type_qualifier { $$ = $1 | $2->quals; }
    ;

pointer
    : '*' type_qualifier_list
        { $$ = arena_alloc(sizeof *$$); $$->kind = DM_PTR; $$->quals = $2; $$->loc = @1; }
    | '*' type_qualifier_list pointer
        { $$ = arena_alloc(sizeof *$$); $$->kind = DM_PTR; $$->quals = $2; $$->loc = @1; $$->next = $3; }
    ;

type_qualifier_list
    : %empty                    { $$ = 0; }
    | type_qualifier_list type_qualifier { $$ = $1 | $2->quals; }
    | type_qualifier_list attribute_specifier { $$ = $1; }
    ;

parameter_list
    : parameter_declaration
    | parameter_list ',' parameter_declaration { $$ = list_append($1, $3); }
    ;

parameter_declaration
    : declaration_specifiers declarator attributes_opt
        {
            pscope_declare(ctx, $2->name, false);
            $$ = new_node(ND_PARAM, $2->loc); $$->spec = $1; $$->decl = $2; $$->d = $3;
        }
    | declaration_specifiers abstract_declarator
        { $$ = new_node(ND_PARAM, @1); $$->spec = $1; $$->decl = $2; }
    | declaration_specifiers
        { $$ = new_node(ND_PARAM, @1); $$->spec = $1; $$->decl = new_declarator(NULL, @1); }
    ;

identifier_list
    : IDENTIFIER
        { $$ = new_node(ND_PARAM, @1); $$->decl = new_declarator($1, @1); }
    | identifier_list ',' IDENTIFIER
        { Node *p = new_node(ND_PARAM, @3); p->decl = new_declarator($3, @3); $$ = list_append($1, p); }
    ;

type_name
    : specifier_qualifier_list
        { $$ = new_node(ND_TYPE_NAME, @1); $$->spec = $1; $$->decl = new_declarator(NULL, @1); }
    | specifier_qualifier_list abstract_declarator
        { $$ = new_node(ND_TYPE_NAME, @1); $$->spec = $1; $$->decl = $2; }
    ;

abstract_declarator
    : pointer
        { $$ = new_declarator(NULL, @1); $$->mods = $1; }
    | direct_abstract_declarator
    | pointer direct_abstract_declarator
        {
            $$ = $2;
            DMod *last = $1;
            while (last->next)
                last = last->next;
            last->next = $$->mods;
            $$->mods = $1;
        }
    ;

direct_abstract_declarator
    : '(' abstract_declarator ')' { $$ = $2; }
    | '[' ']'
        { $$ = new_declarator(NULL, @1); DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->loc = @1; declarator_prepend($$, m); }
    | '[' assignment_expression ']'
        { $$ = new_declarator(NULL, @1); DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->size = $2; m->loc = @1; declarator_prepend($$, m); }
    | direct_abstract_declarator '[' ']'
        { DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->loc = @2; declarator_prepend($1, m); $$ = $1; }
    | direct_abstract_declarator '[' assignment_expression ']'
        { DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->size = $3; m->loc = @2; declarator_prepend($1, m); $$ = $1; }
    | '[' '*' ']'
        { $$ = new_declarator(NULL, @1); DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->quals = Q_STAR_SIZE; m->loc = @1; declarator_prepend($$, m); }
    | direct_abstract_declarator '[' '*' ']'
        { DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->quals = Q_STAR_SIZE; m->loc = @2; declarator_prepend($1, m); $$ = $1; }
    | '[' STATIC type_qualifier_list assignment_expression ']'
        { $$ = new_declarator(NULL, @1); DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->quals = $3 | Q_STATIC_SIZE; m->size = $4; m->loc = @1; declarator_prepend($$, m); }
    | '[' array_qualifiers assignment_expression ']'
        { $$ = new_declarator(NULL, @1); DMod *m = arena_alloc(sizeof *m); m->kind = DM_ARRAY; m->quals = $2; m->size = $3; m->loc = @1; declarator_prepend($$, m); }
    | '(' ')'
        { $$ = new_declarator(NULL, @1); declarator_prepend($$, parse_func_mod(NULL, false, true, @1)); }
    | '(' param_scope_open parameter_list param_scope_close ')'
        { $$ = new_declarator(NULL, @1); declarator_prepend($$, parse_func_mod($3, false, false, @1)); }
    | '(' param_scope_open parameter_list ',' ELLIPSIS param_scope_close ')'
        { $$ = new_declarator(NULL, @1); declarator_prepend($$, parse_func_mod($3, true, false, @1)); }
    | direct_abstract_declarator '(' ')'
        { declarator_prepend($1, parse_func_mod(NULL, false, true, @2)); $$ = $1; }
    | direct_abstract_declarator '(' param_scope_open parameter_list param_scope_close ')'
        { declarator_prepend($1, parse_func_mod($4, false, false, @2)); $$ = $1; }
    | direct_abstract_declarator '(' param_scope_open parameter_list ',' ELLIPSIS param_scope_close ')'
        { declarator_prepend($1, parse_func_mod($4, true, false, @2)); $$ = $1; }
    ;

initializer
    : assignment_expression
    | '{' initializer_list '}'  { $$ = new_node(ND_INIT_LIST, @1); $$->a = $2; }
    | '{' initializer_list ',' '}' { $$ = new_node(ND_INIT_LIST, @1); $$->a = $2; }
    | '{' '}'                   { $$ = new_node(ND_INIT_LIST, @1); }
    ;

initializer_list
    : initializer
    | designation initializer   { $$ = $1; $$->b = $2; }
    | initializer_list ',' initializer { $$ = list_append($1, $3); }
    | initializer_list ',' designation initializer { $3->b = $4; $$ = list_append($1, $3); }
    ;

designation
    : designator_list '='       { $$ = new_node(ND_DESIG_INIT, $1->loc); $$->a = $1; }
    | IDENTIFIER ':' /* GNU's old form of `.name =` */
        {
            Node *d = new_node(ND_DESIG_FIELD, @1);
            d->name = $1;
            $$ = new_node(ND_DESIG_INIT, @1);
            $$->a = d;
        }
    ;

designator_list
    : designator
    | designator_list designator { $$ = list_append($1, $2); }
    ;

designator
    : '[' constant_expression ']' { $$ = new_node(ND_DESIG_INDEX, @1); $$->a = $2; }
    | '[' constant_expression ELLIPSIS constant_expression ']'
        { /* GNU range designator */ $$ = new_node(ND_DESIG_INDEX, @1); $$->a = $2; $$->b = $4; }
    | '.' IDENTIFIER            { $$ = new_node(ND_DESIG_FIELD, @1); $$->name = $2; }
    | '.' TYPEDEF_NAME          { $$ = new_node(ND_DESIG_FIELD, @1); $$->name = $2; }
    ;

/* ---- statements ---- */

statement
    : labeled_statement
    | compound_statement
    | expression_statement
    | selection_statement
    | iteration_statement
    | jump_statement
    | asm_statement
    | error ';'                 { yyerrok; $$ = new_node(ND_NULL_STMT, @2); }
    ;

labeled_statement
    : IDENTIFIER ':' statement  { $$ = new_node(ND_LABEL, @1); $$->name = $1; $$->a = $3; }
    | TYPEDEF_NAME ':' statement { $$ = new_node(ND_LABEL, @1); $$->name = $1; $$->a = $3; }
    | CASE constant_expression ':' statement
                                { $$ = new_node(ND_CASE, @1); $$->a = $2; $$->b = $4; }
    | CASE constant_expression ELLIPSIS constant_expression ':' statement
        { /* GNU case range */ $$ = new_node(ND_CASE, @1); $$->a = $2; $$->c = $4; $$->b = $6; }
    | DEFAULT ':' statement     { $$ = new_node(ND_DEFAULT, @1); $$->b = $3; }
    ;

compound_statement
    : '{' '}'                   { $$ = new_node(ND_BLOCK, @1); }
    | '{' scope_open block_item_list '}'
                                { pscope_pop(ctx); $$ = new_node(ND_BLOCK, @1); $$->a = $3; }
    | '{' scope_open end_labels '}'
                                { pscope_pop(ctx); $$ = new_node(ND_BLOCK, @1); $$->a = $3; }
    | '{' scope_open block_item_list end_labels '}'
        { pscope_pop(ctx); $$ = new_node(ND_BLOCK, @1); $$->a = list_append($3, $4); }
    ;

/* C2x: labels before a declaration and at the end of a block (as an empty statement) */
label_only
    : IDENTIFIER ':' %prec LABEL_ONLY
        { $$ = new_node(ND_LABEL, @1); $$->name = $1; $$->a = new_node(ND_NULL_STMT, @2); }
    ;

end_labels
    : label_only
    | end_labels label_only     { $$ = list_append($1, $2); }
    ;

scope_open
    : %empty                    { pscope_push(ctx); }
    ;

block_item_list
    : block_item
    | block_item_list block_item { parse_local_label_place($1, $2); $$ = list_append($1, $2); }
    ;

block_item
    : declaration
    | statement
    | label_only declaration    { $$ = list_append($1, $2); }
    | explicit_function_definition /* GNU nested function (sema_nested.c) */
    | LOCAL_LABEL local_label_list ';' { $$ = $2; }
    ;

/* GNU `__label__ a, b;`: one ND_LOCAL_LABEL per name */
local_label_list
    : IDENTIFIER                { $$ = new_node(ND_LOCAL_LABEL, @1); $$->name = $1; }
    | TYPEDEF_NAME              { $$ = new_node(ND_LOCAL_LABEL, @1); $$->name = $1; }
    | local_label_list ',' IDENTIFIER
        { $$ = new_node(ND_LOCAL_LABEL, @3); $$->name = $3; $$ = list_append($1, $$); }
    | local_label_list ',' TYPEDEF_NAME
        { $$ = new_node(ND_LOCAL_LABEL, @3); $$->name = $3; $$ = list_append($1, $$); }
    ;

expression_statement
    : ';'                       { $$ = new_node(ND_NULL_STMT, @1); }
    | expression ';'            { $$ = new_node(ND_EXPR_STMT, @1); $$->a = $1; }
    ;

selection_statement
    : IF '(' expression ')' statement %prec THEN
                                { $$ = new_node(ND_IF, @1); $$->a = $3; $$->b = $5; }
    | IF '(' expression ')' statement ELSE statement
                                { $$ = new_node(ND_IF, @1); $$->a = $3; $$->b = $5; $$->c = $7; }
    | SWITCH '(' expression ')' statement
                                { $$ = new_node(ND_SWITCH, @1); $$->a = $3; $$->b = $5; }
    ;

iteration_statement
    : WHILE '(' expression ')' statement
                                { $$ = new_node(ND_WHILE, @1); $$->a = $3; $$->b = $5; }
    | DO statement WHILE '(' expression ')' ';'
                                { $$ = new_node(ND_DO, @1); $$->a = $5; $$->b = $2; }
    | FOR '(' expression_opt ';' expression_opt ';' expression_opt ')' statement
        { $$ = new_node(ND_FOR, @1); $$->d = $3; $$->a = $5; $$->c = $7; $$->b = $9; }
    | FOR '(' scope_open declaration expression_opt ';' expression_opt ')' statement
        {
            pscope_pop(ctx);
            $$ = new_node(ND_FOR, @1); $$->d = $4; $$->a = $5; $$->c = $7; $$->b = $9;
        }
    ;

jump_statement
    : GOTO IDENTIFIER ';'       { $$ = new_node(ND_GOTO, @1); $$->name = $2; }
    | GOTO TYPEDEF_NAME ';'     { $$ = new_node(ND_GOTO, @1); $$->name = $2; }
    | GOTO '*' expression ';'   { $$ = new_node(ND_GOTO_PTR, @1); $$->a = $3; }
    | CONTINUE ';'              { $$ = new_node(ND_CONTINUE, @1); }
    | BREAK ';'                 { $$ = new_node(ND_BREAK, @1); }
    | RETURN ';'                { $$ = new_node(ND_RETURN, @1); }
    | RETURN expression ';'     { $$ = new_node(ND_RETURN, @1); $$->a = $2; }
    ;

asm_statement
    : ASM asm_qualifiers '(' string_list asm_sections ')' ';'
        {
            $$ = new_node(ND_ASM, @1);
            $$->a = $4;
            if ($5) {
                $$->b = $5->b; /* outputs */
                $$->c = $5->c; /* inputs */
            }
        }
    ;

asm_qualifiers
    : %empty
    | asm_qualifiers VOLATILE
    | asm_qualifiers INLINE
    ;

/* GNU extended asm: ": outputs : inputs : clobbers", each part optional (sema_asm). */
asm_sections
    : %empty                    { $$ = NULL; }
    | ':' asm_operands_opt      { $$ = new_node(ND_ASM, @1); $$->b = $2; }
    | ':' asm_operands_opt ':' asm_operands_opt
        { $$ = new_node(ND_ASM, @1); $$->b = $2; $$->c = $4; }
    | ':' asm_operands_opt ':' asm_operands_opt ':' asm_clobbers_opt
        { $$ = new_node(ND_ASM, @1); $$->b = $2; $$->c = $4; }
    ;

asm_operands_opt
    : %empty                    { $$ = NULL; }
    | asm_operand_list
    ;

asm_operand_list
    : asm_operand
    | asm_operand_list ',' asm_operand { $$ = list_append($1, $3); }
    ;

asm_operand
    : string_list '(' expression ')'    { $$ = parse_asm_operand($1, $3, NULL, @1); }
    | '[' IDENTIFIER ']' string_list '(' expression ')'
        { $$ = parse_asm_operand($4, $6, $2, @1); }
    ;

asm_clobbers_opt
    : %empty
    | asm_clobber_list
    ;

asm_clobber_list
    : string_list               { (void)$1; }
    | asm_clobber_list ',' string_list { (void)$3; }
    ;

/* ---- top level ---- */

translation_unit
    : %empty                    { $$ = NULL; }
    | translation_unit external_declaration
        { if ($2) ctx->unit = list_append(ctx->unit, $2); $$ = ctx->unit; }
    ;

external_declaration
    : function_definition
    | declaration
    | asm_statement
    | ';'                       { $$ = NULL; }
    | error ';'                 { yyerrok; $$ = NULL; }
    | error '}'                 { yyerrok; $$ = NULL; }
    ;

function_definition
    : explicit_function_definition
    | implicit_int declarator
        {
            parse_pop_typedef_flag(ctx);
            parse_declare_name(ctx, $2);
            parse_reopen_params(ctx);
        }
      compound_statement
        {
            pscope_pop(ctx);
            $1->loc = $2->loc;
            $$ = new_node(ND_FUNC_DEF, $2->loc); $$->spec = $1; $$->decl = $2; $$->body = $4;
        }
    | implicit_int declarator kr_params_open kr_declaration_list compound_statement
        {
            pscope_pop(ctx);
            $1->loc = $2->loc;
            $$ = new_node(ND_FUNC_DEF, $2->loc); $$->spec = $1; $$->decl = $2; $$->body = $5;
            $$->a = $4;
        }
    ;

explicit_function_definition
    : decl_specs_top declarator
        {
            parse_pop_typedef_flag(ctx);
            parse_declare_name(ctx, $2);
            parse_reopen_params(ctx);
        }
      compound_statement
        {
            pscope_pop(ctx);
            $$ = new_node(ND_FUNC_DEF, $2->loc); $$->spec = $1; $$->decl = $2; $$->body = $4;
        }
    | decl_specs_top declarator kr_params_open kr_declaration_list compound_statement
        {
            pscope_pop(ctx);
            $$ = new_node(ND_FUNC_DEF, $2->loc); $$->spec = $1; $$->decl = $2; $$->body = $5;
            $$->a = $4;
        }
    ;

/* C89's implicit int: a definition without declaration specifiers, `main() { ... }` or
 * `f(a) char *a; { ... }`, returns int (warned about, as gcc's -Wimplicit-int does) */
implicit_int
    : %empty
        {
            $$ = parse_spec_tspec(TS_INT, @$);
            $$->implicit_int = true;
            parse_push_typedef_flag(ctx, $$);
        }
    ;

/* an old-style (K&R) definition: parameter declarations before the body (an
 * __attribute__ after the declarator belongs to the declarator instead) */
kr_params_open
    : %empty %prec KR_OPEN
        {
            parse_pop_typedef_flag(ctx);
            parse_declare_name(ctx, $<decl>0);
            parse_reopen_params(ctx);
        }
    ;

kr_declaration_list
    : declaration
    | kr_declaration_list declaration { $$ = list_append($1, $2); }
    ;

%%

/* The actions' helpers are in parse_util.c. */
