/* sema_transparent.c - GNU transparent unions: a parameter whose type is a union with
 * __attribute__((transparent_union)) accepts an argument of any member's type (the
 * first member it can be assigned to without a diagnostic: the same type, a pointer of
 * a compatible or void target, a null pointer constant); the argument is stored in that
 * member of a temporary union, which is passed.
 */
#include <string.h>

#include "qcc.h"

static bool has_transparent(Node *attrs)
{
    for (Node *a = attrs; a; a = a->next)
        if (a->name && (strcmp(a->name, "transparent_union") == 0 ||
                        strcmp(a->name, "__transparent_union__") == 0))
            return true;
    return false;
}

void sema_mark_transparent(Node *attrs, Type *t, Loc loc)
{
    if (!has_transparent(attrs))
        return;
    if (t->kind != TY_UNION || !t->tag->complete || !t->tag->members) {
        diag_warning_at(loc, "'transparent_union' attribute ignored (not a complete union "
                             "type with members)");
        return;
    }
    t->tag->transparent = true;
}

static bool null_const(Node *e)
{
    return e->is_const && e->ival == 0 && (ty_is_integer(e->ty) ||
           (ty_is_ptr(e->ty) && e->ty->base->kind == TY_VOID));
}

/* Can e be assigned to a member of type mt without a diagnostic? */
static bool fits_member(Node *e, Type *mt)
{
    Type *from = ty_unqual(e->ty), *to = ty_unqual(mt);
    if (ty_compatible(to, from) && to->kind == from->kind)
        return true;
    if (!ty_is_ptr(to))
        return false;
    if (null_const(e))
        return true;
    if (!ty_is_ptr(from))
        return false;
    Type *a = to->base, *b = from->base;
    return a->kind == TY_VOID || b->kind == TY_VOID ||
           ty_compatible(ty_unqual(a), ty_unqual(b));
}

Node *sema_transparent_arg(Node *a, Type *pt)
{
    if (a->err || pt->kind != TY_UNION || !pt->tag->transparent)
        return a;
    if (ty_is_record(a->ty) && a->ty->tag == pt->tag)
        return a;
    Member *m = pt->tag->members;
    while (m && !(m->name && !m->bit_width && fits_member(a, m->ty)))
        m = m->next;
    if (!m || !sema_current_function())
        return a; /* assign_convert reports it */
    Sym *tmp = sema_temp_local(pt, a->loc);
    tmp->addr_taken = true;
    Node *member = new_node(ND_MEMBER, a->loc);
    member->a = new_var_ref(tmp, a->loc);
    member->name = m->name;
    member->ival = m->offset;
    member->ty = m->ty;
    Node *set = new_node(ND_ASSIGN, a->loc);
    set->a = member;
    set->b = sema_assign_convert(a, ty_unqual(m->ty), "argument passing");
    set->ty = ty_unqual(m->ty);
    return new_comma(set, new_var_ref(tmp, a->loc));
}
