/* sema_vla_struct.c - structs and unions with variable-length members (GNU C), declared
 * in a block: `struct { int n; int a[k]; int b; } s;`. layout_record gives VLA members
 * (and members whose type is such a struct) no words; here the run-time part is laid out
 * where the type is declared, as gcc does, by size computations placed before the
 * declaration (sema_vla.c's pending list):
 * - a struct: each VLA member's size is added to a hidden running total; a member after
 *   one records that total (Member.dyn_extra), so its offset is its static offset plus
 *   the hidden local; the size is the static size plus the last total;
 * - a union: the size is the largest of the static size and each VLA member's size.
 * The type is then variably modified (Type.vla with the hidden size), so objects of it
 * are allocated like VLAs, arrays of it and pointer arithmetic scale at run time, and
 * sizeof is the hidden size. Member accesses add the dynamic part (ND_MEMBER's c).
 */
#include <string.h>

#include "qcc.h"

static Type *words_type(void) { return ty_basic(TY_ULONG); }

static Node *var(Sym *s, Loc loc)
{
    s->used = true;
    return new_var_ref(s, loc);
}

static Node *num(int64_t v, Loc loc)
{
    return sema_make_num(v, words_type(), loc);
}

static Node *binary(int op, Node *a, Node *b, Loc loc)
{
    Node *n = new_binary(op, a, b, loc);
    n->ty = op == '>' ? ty_basic(TY_INT) : words_type();
    return n;
}

/* A hidden local set to `value` among the declaration's size computations. */
static Sym *hidden(Node *value, Loc loc)
{
    Sym *s = sema_temp_local(words_type(), loc);
    sema_vla_add_pending(s, value, loc);
    return s;
}

static Node *member_size(Member *m, Loc loc)
{
    return sema_convert(sema_vla_size_expr(m->ty, loc), words_type());
}

static void layout_struct(Tag *tag, Loc loc)
{
    Sym *extra = NULL; /* words of the VLA members so far */
    for (Member *m = tag->members; m; m = m->next) {
        m->dyn_extra = extra;
        if (m->ty->vla) {
            Node *sz = member_size(m, m->loc);
            extra = hidden(extra ? binary('+', var(extra, loc), sz, loc) : sz, m->loc);
        }
    }
    Node *size = num(tag->size, loc);
    if (extra)
        size = binary('+', size, var(extra, loc), loc);
    tag->vla_size = hidden(size, loc);
}

static void layout_union(Tag *tag, Loc loc)
{
    Sym *size = hidden(num(tag->size, loc), loc);
    for (Member *m = tag->members; m; m = m->next) {
        if (!m->ty->vla)
            continue;
        Sym *sz = hidden(member_size(m, m->loc), m->loc);
        Node *pick = new_node(ND_COND, loc);
        pick->a = binary('>', var(sz, loc), var(size, loc), loc);
        pick->b = var(sz, loc);
        pick->c = var(size, loc);
        pick->ty = words_type();
        sema_vla_add_pending(size, pick, loc);
    }
    tag->vla_size = size;
}

/* Called by layout_record for a tag with VLA members. In a prototype (or after the file
 * scope error) the sizes are never needed: the type is only marked variably modified. */
void sema_vla_record(Tag *tag, Loc loc)
{
    if (!sema_vla_sizes_wanted())
        return;
    if (tag->members)
        loc = tag->members->loc;
    if (tag->kind == TY_UNION)
        layout_union(tag, loc);
    else
        layout_struct(tag, loc);
}

/* A struct or union type with VLA members is a variably modified type. */
Type *sema_vla_record_type(Type *t)
{
    if (t->tag && t->tag->vla) {
        t->vla = true;
        t->vla_size = t->tag->vla_size;
    }
    return t;
}

/* A nested function that takes or returns a struct with variable-length members by value
 * (gcc allows it): not done here, so an error rather than wrong code. */
void sema_vla_record_by_value(Type *ft, Loc loc)
{
    bool vla = ft->base->tag && ft->base->tag->vla && ty_is_record(ft->base);
    for (Param *p = ft->params; p; p = p->next)
        vla |= ty_is_record(p->ty) && p->ty->tag && p->ty->tag->vla;
    if (vla)
        diag_error_at(loc, "a struct with variable-length members passed or returned by "
                           "value is not supported");
}

/* The run-time part of member `name`'s offset in record type t (following anonymous
 * members as ty_find_member does), or NULL if its offset is static. */
Node *sema_vla_member_offset(Type *t, const char *name, Loc loc)
{
    if (!t->tag->vla)
        return NULL;
    for (Member *m = t->tag->members; m; m = m->next) {
        Node *inner = NULL;
        if (m->name && strcmp(m->name, name) == 0)
            ;
        else if (!m->name && ty_is_record(m->ty) && ty_find_member(m->ty, name, &(int){0}))
            inner = sema_vla_member_offset(m->ty, name, loc);
        else
            continue;
        Node *own = m->dyn_extra ? var(m->dyn_extra, loc) : NULL;
        if (own && inner)
            return binary('+', own, inner, loc);
        return own ? own : inner;
    }
    return NULL;
}

/* A struct with VLA members passed by value: the copy the callee gets by reference
 * (docs/abi.md) has a run-time size, so it is made here on the stack, as alloca would:
 * `*(T *)alloca(sizeof a) = a`, whose value is the copy's address. */
Node *sema_vla_record_arg(Node *a)
{
    Loc loc = a->loc;
    Node *alloc = new_node(ND_ALLOCA, loc);
    alloc->a = sema_vla_size_expr(a->ty, loc);
    alloc->ty = ty_ptr(ty_unqual(a->ty));
    sema_note_dynamic_stack();
    Node *copy = new_node(ND_DEREF, loc);
    copy->a = alloc;
    copy->ty = alloc->ty->base;
    Node *set = new_node(ND_ASSIGN, loc);
    set->a = copy;
    set->b = a;
    set->ty = copy->ty;
    set->c = sema_vla_size_expr(a->ty, loc);
    return set;
}
