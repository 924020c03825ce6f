/* ast.c - AST node constructors, and the parser's scope table that tells the scanner
 * which identifiers are typedef names.
 */
#include <string.h>

#include "qcc.h"

/* ---- nodes ---- */

Node *new_node(int kind, Loc loc)
{
    Node *n = arena_alloc(sizeof *n);
    n->kind = kind;
    n->loc = loc;
    return n;
}

Node *new_binary(int op, Node *a, Node *b, Loc loc)
{
    Node *n = new_node(ND_BINARY, loc);
    n->op = op;
    n->a = a;
    n->b = b;
    return n;
}

/* A reference to variable s, typed as s (for nodes made after sema resolved names). */
Node *new_var_ref(Sym *s, Loc loc)
{
    Node *v = new_node(ND_VAR, loc);
    v->sym = s;
    v->ty = s->ty;
    return v;
}

/* `first, then`, typed as then; just then when there is no first. */
Node *new_comma(Node *first, Node *then)
{
    if (!first)
        return then;
    Node *c = new_node(ND_COMMA, then->loc);
    c->a = first;
    c->b = then;
    c->ty = then->ty;
    return c;
}

/* Appends in amortized constant time: the head remembers the last node (the walk from
 * there also covers lists extended by other means). For the parser's lists, which
 * nothing edits while they are built; a list cut or relinked later must not be
 * appended to with it (its head's cached tail may be stale). */
Node *list_append(Node *list, Node *item)
{
    if (!list) {
        item->tail = NULL; /* a new head: whatever list it headed before is gone */
        return item;
    }
    Node *p = list->tail ? list->tail : list;
    while (p->next)
        p = p->next;
    p->next = item;
    while (p->next)
        p = p->next;
    list->tail = p;
    return list;
}

Spec *new_spec(Loc loc)
{
    Spec *s = arena_alloc(sizeof *s);
    s->loc = loc;
    return s;
}

Declarator *new_declarator(char *name, Loc loc)
{
    Declarator *d = arena_alloc(sizeof *d);
    d->name = name;
    d->loc = loc;
    return d;
}

void declarator_prepend(Declarator *d, DMod *m)
{
    m->next = d->mods;
    d->mods = m;
}

/* ---- the parser's scopes: name -> typedef or not ---- */

struct PName {
    struct PName *next;
    const char *name;
    bool is_typedef;
};

struct PScope {
    struct PScope *parent;
    struct PName *names;
};

void pscope_push(ParseCtx *ctx)
{
    struct PScope *s = arena_alloc(sizeof *s);
    s->parent = ctx->scope;
    ctx->scope = s;
}

void pscope_pop(ParseCtx *ctx)
{
    if (ctx->scope && ctx->scope->parent)
        ctx->scope = ctx->scope->parent;
}

void pscope_reopen(ParseCtx *ctx, struct PScope *s)
{
    s->parent = ctx->scope;
    ctx->scope = s;
}

void pscope_declare(ParseCtx *ctx, const char *name, bool is_typedef)
{
    if (!name)
        return;
    struct PName *n = arena_alloc(sizeof *n);
    n->name = name;
    n->is_typedef = is_typedef;
    n->next = ctx->scope->names;
    ctx->scope->names = n;
}

bool pscope_is_typedef(ParseCtx *ctx, const char *name)
{
    for (struct PScope *s = ctx->scope; s; s = s->parent)
        for (struct PName *n = s->names; n; n = n->next)
            if (strcmp(n->name, name) == 0)
                return n->is_typedef;
    return false;
}
