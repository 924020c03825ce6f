/* sema_nested.c - GNU nested functions and local labels: the symbol of a function
 * defined in a block (or declared there by `auto T f(...);`), its unique assembler
 * name, and `__label__` names, which have block scope and which a nested function
 * may reach with a non-local goto. The body is analysed by sema_stmt.c's
 * function_def in the block's scope; gen_nested.c gives it the static chain.
 */
#include <string.h>

#include "qcc.h"

typedef struct LocalLabel {
    struct LocalLabel *next;
    const char *name;   /* as written */
    const char *unique; /* name$N: the label's name in the function */
    int depth;          /* the scope declaring it */
    Node *fn;           /* the function declaring it */
} LocalLabel;

typedef struct Forward { /* an `auto` declaration of a nested function */
    struct Forward *next;
    Sym *sym;
    int depth;
} Forward;

static LocalLabel *labels; /* innermost first */
static Forward *forwards;
static int label_counter, nested_counter;

/* The base of a function's assembler label names: its C name, or for a nested
 * function parent$name$N. */
const char *sema_fn_base_name(Node *fn)
{
    return fn->name ? fn->name : fn->sym->name;
}

/* Leaving the scope at depth+1: its local labels end; its `auto` declarations of
 * nested functions must have been defined there. */
void sema_nested_scope_pop(int depth)
{
    while (labels && labels->depth > depth)
        labels = labels->next;
    while (forwards && forwards->depth > depth) {
        Sym *s = forwards->sym;
        if (!s->nested_def)
            diag_error_at(s->loc, "nested function '%s' declared but never defined", s->name);
        forwards = forwards->next;
    }
}

/* `__label__ name;` in function fn: a label local to the current block. */
void sema_local_label(Node *s, Node *fn)
{
    for (LocalLabel *l = labels; l && l->depth == sema_depth(); l = l->next)
        if (strcmp(l->name, s->name) == 0)
            diag_error_at(s->loc, "duplicate label declaration '%s'", s->name);
    LocalLabel *l = arena_alloc(sizeof *l);
    l->name = s->name;
    l->unique = arena_printf("%s$%d", s->name, ++label_counter);
    l->depth = sema_depth();
    l->fn = fn;
    l->next = labels;
    labels = l;
    s->kind = ND_NULL_STMT;
}

/* A label, goto or &&label naming a __label__ in scope gets the label's unique
 * name. Returns the function declaring it (NULL: an ordinary label). With
 * own_only, only a label declared in fn itself is renamed. */
Node *sema_local_label_ref(Node *s, Node *fn, bool own_only)
{
    for (LocalLabel *l = labels; l; l = l->next) {
        if (strcmp(l->name, s->name) != 0)
            continue;
        if (own_only && l->fn != fn)
            return NULL;
        s->name = (char *)l->unique;
        return l->fn;
    }
    return NULL;
}

const char *sema_label_name(const char *name)
{
    const char *dollar = strchr(name, '$');
    return dollar ? arena_strndup(name, (size_t)(dollar - name)) : name;
}

static bool bad_storage(Node *fn, const char *name)
{
    int sc = fn->spec->storage;
    if (sc == SC_NONE || sc == SC_AUTO)
        return false;
    diag_error_at(fn->loc, "invalid storage class for function '%s'", name);
    return true;
}

/* `auto int f(int);`: declares a nested function defined later in the block. */
Sym *sema_nested_forward(Node *id, Type *t)
{
    const char *name = id->decl->name;
    Sym *s = sema_lookup_here(name);
    if (s && s->kind == SYM_FUNC && s->nested_fwd) {
        if (!ty_compatible(s->ty, t))
            diag_error_at(id->loc, "conflicting types for '%s'", name);
        return s;
    }
    if (s)
        diag_error_at(id->loc, "redeclaration of '%s'", name);
    s = sema_bind_local_func(name, t, id->loc);
    s->nested_fwd = true;
    s->storage = SC_STATIC;
    Forward *f = arena_alloc(sizeof *f);
    f->sym = s;
    f->depth = sema_depth();
    f->next = forwards;
    forwards = f;
    return s;
}

/* The symbol of function fn defined in a block of parent; *ft its type. */
Sym *sema_nested_symbol(Node *fn, Type **ft, Node *parent)
{
    Type *t = sema_decl_type(fn->spec, fn->decl, fn->loc);
    *ft = t;
    if (t->kind != TY_FUNC) {
        diag_error_at(fn->loc, "expected a function declarator");
        return NULL;
    }
    const char *name = fn->decl->name;
    if (fn->a)
        diag_error_at(fn->loc, "old-style parameter declarations in nested function '%s'",
                      name);
    bad_storage(fn, name);
    Sym *s = sema_lookup_here(name);
    if (s && (s->kind != SYM_FUNC || !s->nested_fwd || s->nested_def)) {
        diag_error_at(fn->loc, s->nested_def ? "redefinition of '%s'" : "redeclaration of '%s'",
                      name);
        s = NULL;
    } else if (s && !ty_compatible(s->ty, t)) {
        diag_error_at(fn->loc, "conflicting types for '%s'", name);
    }
    if (!s)
        s = sema_bind_local_func(name, t, fn->loc);
    s->ty = t;
    s->defined = true;
    s->storage = SC_STATIC; /* local to the object file */
    s->nested_def = fn;
    fn->name = arena_printf("%s$%s$%d", sema_fn_base_name(parent), name, ++nested_counter);
    s->asm_name = asm_symbol(fn->name);
    fn->parent_fn = parent;
    parent->dynamic_stack = true; /* a stable frame base, the static chain (gen_nested.c) */
    Node **tail = &parent->nested_fns;
    while (*tail)
        tail = &(*tail)->next;
    *tail = fn;
    return s;
}
