/* ast.c - the compiler's arena, AST node constructors, and the parser's scope table
 * that tells the scanner which identifiers are typedef names.
 */
#include <stdarg.h>
#include <string.h>

#include "qcc.h"

/* ---- arena: big chunks chained from a static root, freed all at once ---- */

struct Chunk {
    struct Chunk *prev;
    size_t used, size;
    max_align_t data[];
};
static struct Chunk *arena;

void *arena_alloc(size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    if (!arena || arena->used + n > arena->size) {
        size_t size = n > 65536 ? n : 65536;
        struct Chunk *c = xmalloc(sizeof *c + size);
        c->prev = arena;
        c->used = 0;
        c->size = size;
        arena = c;
    }
    void *p = (char *)arena->data + arena->used;
    arena->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(arena_alloc(n), s, n);
}

char *arena_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = arena_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

void arena_free_all(void)
{
    while (arena) {
        struct Chunk *prev = arena->prev;
        free(arena);
        arena = prev;
    }
}

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

Node *list_append(Node *list, Node *item)
{
    if (!list)
        return item;
    Node *p = list;
    while (p->next)
        p = p->next;
    p->next = item;
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
