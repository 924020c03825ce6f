/* parse_util.c - helpers of the grammar's actions (parse.y): the parser's typedef-name
 * bookkeeping, combining declaration specifiers, function declarator modifiers,
 * adjacent string literal concatenation, and syntax error reporting. They build or
 * record; checks belong to sema. */
#include <string.h>

#include "qcc.h"

void yyerror(Loc *loc, void *scanner, ParseCtx *ctx, const char *msg)
{
    (void)scanner;
    ctx->errors++;
    if (loc->line == ctx->last_error_line && loc->file == ctx->last_error_file)
        return; /* one syntax error per line is enough */
    ctx->last_error_line = loc->line;
    ctx->last_error_file = loc->file;
    if (strcmp(msg, "memory exhausted") == 0)
        msg = "too deeply nested (the parser's stack is limited to 1000000 entries)";
    diag_error_at(*loc, "%s", msg);
}

void parse_push_typedef_flag(ParseCtx *ctx, Spec *s)
{
    if (ctx->tdepth < (int)(sizeof ctx->tstack / sizeof ctx->tstack[0]))
        ctx->tstack[ctx->tdepth] = s->storage == SC_TYPEDEF;
    ctx->tdepth++;
}

/* The body of a function definition sees its parameters: reuse their scope. */
void parse_reopen_params(ParseCtx *ctx)
{
    if (ctx->saved_params) {
        pscope_reopen(ctx, ctx->saved_params);
        ctx->saved_params = NULL;
    } else {
        pscope_push(ctx);
    }
}

void parse_pop_typedef_flag(ParseCtx *ctx)
{
    if (ctx->tdepth > 0)
        ctx->tdepth--;
}

void parse_declare_name(ParseCtx *ctx, Declarator *d)
{
    int i = ctx->tdepth - 1;
    bool is_typedef = i >= 0 && i < (int)(sizeof ctx->tstack / sizeof ctx->tstack[0])
                      && ctx->tstack[i];
    if (d->name)
        pscope_declare(ctx, d->name, is_typedef);
}

Spec *parse_spec_tspec(int bits, Loc loc)
{
    Spec *s = new_spec(loc);
    s->tspec = bits;
    return s;
}

/* Combines two specifier sets (a comes first in the source). */
/* GNU __auto_type: one declarator, whose initializer (an expression) gives the type
 * (sema_spec_type: of the expression after lvalue conversion, checked once). */
void parse_auto_type(Spec *s, Node *ids)
{
    if (!s->record || s->record->kind != ND_TYPEOF || s->record->op != 1)
        return;
    if (!ids || ids->next || !ids->b || ids->b->kind == ND_INIT_LIST) {
        diag_error_at(s->loc, "'__auto_type' needs one declarator initialized by an "
                              "expression");
        s->record->op = 0;
        s->record->b = NULL;
        s->record->a = new_node(ND_NUM, s->loc);
        return;
    }
    s->record->a = ids->b;
}

Spec *parse_merge_spec(ParseCtx *ctx, Spec *a, Spec *b)
{
    (void)ctx;
    if (a->storage && b->storage)
        diag_error_at(b->loc, "multiple storage classes in declaration specifiers");
    b->storage |= a->storage;
    b->quals |= a->quals;
    b->is_inline |= a->is_inline;
    b->is_noreturn |= a->is_noreturn;
    b->thread_local |= a->thread_local;
    b->is_atomic |= a->is_atomic;
    b->is_complex |= a->is_complex;
    if (a->attrs)
        b->attrs = b->attrs ? list_append(a->attrs, b->attrs) : a->attrs;
    if (a->align)
        b->align = a->align;
    if ((a->tspec & TS_LONG) && (b->tspec & TS_LONG))
        b->tspec |= TS_LONG2;
    else if (a->tspec & b->tspec & ~TS_LONG)
        diag_error_at(a->loc, "duplicate type specifier");
    else if (((a->tspec & TS_OTHER) && b->tspec) || (a->tspec && (b->tspec & TS_OTHER)))
        diag_error_at(a->loc, "two or more data types in declaration specifiers");
    b->tspec |= a->tspec;
    if (a->record)
        b->record = a->record;
    if (a->typedef_name)
        b->typedef_name = a->typedef_name;
    b->loc = a->loc;
    return b;
}

DMod *parse_func_mod(Node *params, bool variadic, bool oldstyle, Loc loc)
{
    DMod *m = arena_alloc(sizeof *m);
    m->kind = DM_FUNC;
    m->params = params;
    m->variadic = variadic;
    m->oldstyle = oldstyle;
    m->loc = loc;
    return m;
}

/* u"" is UTF-16 (__STDC_UTF_16__): code points above U+FFFF become surrogate pairs. */
void parse_utf16_encode(Node *str)
{
    int extra = 0;
    for (int i = 0; i < str->strlen; i++)
        extra += str->str[i] > 0xFFFF && str->str[i] <= 0x10FFFF;
    if (!extra)
        return;
    int *s = arena_alloc((size_t)(str->strlen + extra) * sizeof(int)), n = 0;
    for (int i = 0; i < str->strlen; i++) {
        int c = str->str[i];
        if (c > 0xFFFF && c <= 0x10FFFF) {
            s[n++] = 0xD800 + ((c - 0x10000) >> 10);
            c = 0xDC00 + ((c - 0x10000) & 0x3FF);
        }
        s[n++] = c;
    }
    str->str = s;
    str->strlen = n;
    str->strcap = n;
}

/* Appends b to a in place, growing a's buffer geometrically (linear in the total). */
Node *parse_concat_strings(Node *a, Node *b)
{
    if (a->op == 'u' && !b->op)
        parse_utf16_encode(b); /* u"a" "\U00012345": the whole literal is UTF-16 */
    else if (b->op == 'u' && !a->op)
        parse_utf16_encode(a);
    int len = a->strlen - 1 + b->strlen;
    if (len > a->strcap) {
        int cap = a->strcap > 0 ? a->strcap : 16;
        while (cap < len)
            cap *= 2;
        int *s = arena_alloc((size_t)cap * sizeof(int));
        memcpy(s, a->str, (size_t)(a->strlen - 1) * sizeof(int));
        a->str = s;
        a->strcap = cap;
    }
    memcpy(a->str + a->strlen - 1, b->str, (size_t)b->strlen * sizeof(int));
    a->strlen = len;
    if (!a->op)
        a->op = b->op; /* "a" L"b" is a wide string */
    return a;
}

/* One extended-asm operand: the constraint as a C string in name, the expression in a,
 * the symbolic name ([name]) in d's name if there is one. */
Node *parse_asm_operand(Node *constraint, Node *expr, const char *name, Loc loc)
{
    Node *n = new_node(ND_ASM_OPERAND, loc);
    char *c = arena_alloc((size_t)constraint->strlen);
    for (int i = 0; i < constraint->strlen; i++)
        c[i] = (char)constraint->str[i];
    n->name = c;
    n->a = expr;
    if (name) {
        n->d = new_node(ND_ASM_OPERAND, loc);
        n->d->name = arena_strdup(name);
    }
    return n;
}

/* GNU `__label__` declarations come first in a block (item: the next block item). */
void parse_local_label_place(Node *list, Node *item)
{
    if (!item || item->kind != ND_LOCAL_LABEL || !list)
        return;
    Node *last = list->tail ? list->tail : list;
    while (last->next)
        last = last->next;
    if (last->kind != ND_LOCAL_LABEL)
        diag_error_at(item->loc, "'__label__' declarations are only allowed at the beginning "
                                 "of a block");
}
