/* sema_align_builtin.c - gcc's alignment builtins:
 * - __builtin_assume_aligned(p, align[, misalign]): p (a hint; the other arguments are
 *   evaluated too), typed void *;
 * - __builtin_alloca_with_align(size, align) and __builtin_alloca_with_align_and_max(
 *   size, align, max): alloca storage whose address is a multiple of align, given in
 *   bits as gcc's are (a constant; 32 bits per word here, so up to 32 any word does);
 *   max is only a bound on size. */
#include <string.h>

#include "qcc.h"

static Type *size_type(void) { return ty_basic(TY_ULONG); }

static int count(Node *args)
{
    int n = 0;
    for (; args; args = args->next)
        n++;
    return n;
}

static Node *assume_aligned(Node *e)
{
    int n = count(e->b);
    if (n < 2 || n > 3) {
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_assume_aligned'");
        return sema_make_num(0, ty_ptr(ty_basic(TY_VOID)), e->loc);
    }
    Node *p = sema_expr(e->b);
    if (!ty_is_ptr(p->ty)) {
        diag_error_at(p->loc, "'__builtin_assume_aligned' needs a pointer argument");
        return sema_make_num(0, ty_ptr(ty_basic(TY_VOID)), e->loc);
    }
    Node *v = sema_convert(p, ty_ptr(ty_basic(TY_VOID)));
    Node *rest = NULL;
    for (Node *a = e->b->next; a; a = a->next) {
        Node *x = sema_convert(sema_expr(a), ty_basic(TY_VOID));
        rest = rest ? new_comma(rest, x) : x;
    }
    if (!rest)
        return v;
    Sym *t = sema_temp_local(v->ty, e->loc); /* p first, then the others, then p */
    Node *set = new_node(ND_ASSIGN, e->loc);
    set->a = new_var_ref(t, e->loc);
    set->b = v;
    set->ty = v->ty;
    return new_comma(new_comma(set, rest), new_var_ref(t, e->loc));
}

static Node *alloca_with_align(Node *e, bool with_max)
{
    const char *name = with_max ? "__builtin_alloca_with_align_and_max"
                                : "__builtin_alloca_with_align";
    if (count(e->b) != (with_max ? 3 : 2)) {
        diag_error_at(e->loc, "wrong number of arguments to '%s'", name);
        return sema_make_num(0, ty_ptr(ty_basic(TY_VOID)), e->loc);
    }
    Node *size = sema_expr(e->b), *align = sema_expr(e->b->next);
    if (with_max)
        (void)sema_expr(e->b->next->next); /* a constant bound: nothing to do */
    if (!ty_is_integer(size->ty) || !align->is_const || align->ival <= 0 ||
        (align->ival & (align->ival - 1))) {
        diag_error_at(e->loc, "'%s' needs an integer size and a constant power-of-two "
                              "alignment", name);
        return sema_make_num(0, ty_ptr(ty_basic(TY_VOID)), e->loc);
    }
    int64_t words = align->ival <= 32 ? 1 : align->ival / 32;
    Node *n = new_node(ND_ALLOCA, e->loc);
    n->ty = ty_ptr(ty_basic(TY_VOID));
    sema_note_alloca();
    if (words == 1) {
        n->a = sema_convert(size, size_type());
        return n;
    }
    /* alloca(size + words - 1), rounded up to a multiple of words */
    Node *pad = new_binary('+', sema_convert(size, size_type()),
                           sema_make_num(words - 1, size_type(), e->loc), e->loc);
    pad->ty = size_type();
    n->a = pad;
    Node *addr = new_binary('+', sema_convert(n, size_type()),
                            sema_make_num(words - 1, size_type(), e->loc), e->loc);
    addr->ty = size_type();
    Node *mask = new_binary('&', addr, sema_make_num(~(words - 1) & 0xffffffff, size_type(),
                                                     e->loc), e->loc);
    mask->ty = size_type();
    return sema_convert(mask, ty_ptr(ty_basic(TY_VOID)));
}

/* The builtins of this file (name without __builtin_); NULL if name is none of them. */
Node *sema_align_builtin(Node *e, const char *name)
{
    if (strcmp(name, "assume_aligned") == 0)
        return assume_aligned(e);
    if (strcmp(name, "alloca_with_align") == 0)
        return alloca_with_align(e, false);
    if (strcmp(name, "alloca_with_align_and_max") == 0)
        return alloca_with_align(e, true);
    return NULL;
}
