/* sema_builtin.c - GNU builtin functions beyond those of sema_ext.c:
 * - __builtin_choose_expr (a constant selects one operand), __builtin_classify_type;
 * - __builtin_prefetch and __builtin_va_end (arguments evaluated, nothing else),
 *   __builtin_va_copy (an assignment: va_list is a pointer);
 * - __builtin_add_overflow, __builtin_sub_overflow, __builtin_mul_overflow: for
 *   operands of up to 32 bits, the exact result computed in 64 bits, stored converted
 *   to *res, and the result 1 if the conversion changed the value; with a `long long`
 *   operand, a call to libc's __qpu_overflow; their _p forms (the result's type from the
 *   third argument);
 * - __builtin_object_size (sema_objsize.c) and the alignment builtins
 *   (sema_align_builtin.c) are dispatched from here. */
#include <string.h>

#include "qcc.h"

static Node *typed_node(int kind, Type *ty, Loc loc)
{
    Node *n = new_node(kind, loc);
    n->ty = ty;
    n->is_const = kind == ND_NUM; /* a zero */
    return n;
}

static Node *var(Sym *s, Loc loc)
{
    Node *n = typed_node(ND_VAR, s->ty, loc);
    n->sym = s;
    return n;
}

static Node *binary(int op, Node *a, Node *b, Type *ty)
{
    Node *n = new_binary(op, a, b, a->loc);
    n->ty = ty;
    return n;
}

static Node *pair(int kind, Node *a, Node *b, Type *ty)
{
    Node *n = typed_node(kind, ty, a->loc);
    n->a = a;
    n->b = b;
    return n;
}

/* __builtin_prefetch(addr, ...): the arguments evaluated, no value. */
static Node *prefetch(Node *e)
{
    Node *v = NULL;
    for (Node *a = e->b; a; a = a->next) {
        Node *x = sema_convert(sema_expr(a), ty_basic(TY_VOID));
        v = v ? pair(ND_COMMA, v, x, x->ty) : x;
    }
    return v ? v : sema_convert(typed_node(ND_NUM, ty_basic(TY_INT), e->loc),
                                ty_basic(TY_VOID));
}

static Node *int_arg(int v, Loc loc)
{
    Node *n = typed_node(ND_NUM, ty_basic(TY_INT), loc);
    n->ival = v;
    return n;
}

/* With a `long long` operand: __qpu_overflow(op, a, a signed, b, b signed, res, words of
 * *res, *res signed) (libc/src/misc/overflow.c), from checked operands. */
static Node *overflow_call(int op, Node *a, Node *b, Node *res, Loc loc)
{
    static const char name[] = "__qpu_overflow";
    if (!sema_lookup(name))
        sema_declare_function(name, sema_signature_type("iiUiUipii", loc), loc);
    Node *f = new_node(ND_IDENT, loc);
    f->name = (char *)name;
    Node *call = typed_node(ND_CALL, ty_basic(TY_INT), loc);
    call->a = sema_expr(f);
    Type *u = ty_basic(TY_ULLONG), *r = res->ty->base;
    Node *args[8] = {
        int_arg(op, loc), sema_convert(a, u), int_arg(ty_is_signed(a->ty), loc),
        sema_convert(b, u), int_arg(ty_is_signed(b->ty), loc),
        sema_convert(res, ty_ptr(ty_basic(TY_VOID))), int_arg(ty_size(r), loc),
        int_arg(ty_is_signed(r), loc),
    };
    for (int i = 0; i < 7; i++)
        args[i]->next = args[i + 1];
    args[7]->next = NULL;
    call->b = args[0];
    return call;
}

/* __builtin_{add,sub,mul}_overflow(a, b, res). */
static Node *overflow(Node *e, int op)
{
    Node *a = e->b, *b = a ? a->next : NULL, *res = b ? b->next : NULL;
    if (!res || res->next) {
        diag_error_at(e->loc, "wrong number of arguments to an overflow builtin");
        return typed_node(ND_NUM, ty_basic(TY_INT), e->loc);
    }
    a = sema_expr(a), b = sema_expr(b), res = sema_expr(res);
    if (!ty_is_integer(a->ty) || !ty_is_integer(b->ty) || !ty_is_ptr(res->ty) ||
        !ty_is_integer(res->ty->base) || res->ty->base->kind == TY_BOOL) {
        diag_error_at(e->loc, "overflow builtins need integer operands and a pointer to an "
                              "integer result");
        return typed_node(ND_NUM, ty_basic(TY_INT), e->loc);
    }
    Type *r = ty_unqual(res->ty->base);
    if (ty_is_ll(a->ty) || ty_is_ll(b->ty))
        return overflow_call(op, a, b, res, e->loc);
    bool wide_unsigned = op == '*' && !ty_is_signed(a->ty) && !ty_is_signed(b->ty);
    Type *w = ty_basic(wide_unsigned ? TY_ULLONG : TY_LLONG);
    Sym *t = sema_temp_local(w, e->loc), *p = sema_temp_local(res->ty, e->loc);
    Node *exact = binary(op, sema_convert(a, w), sema_convert(b, w), w);
    Node *set = pair(ND_ASSIGN, var(t, e->loc), exact, w);
    Node *setp = pair(ND_ASSIGN, var(p, e->loc), res, res->ty);
    Node *target = typed_node(ND_DEREF, r, e->loc);
    target->a = var(p, e->loc);
    Node *store = pair(ND_ASSIGN, target, sema_convert(var(t, e->loc), r), r);
    Node *back = sema_convert(sema_convert(var(t, e->loc), r), w);
    Node *check = binary(OP_NE, back, var(t, e->loc), ty_basic(TY_INT));
    if (ty_is_signed(r) != ty_is_signed(w)) { /* a negative value for an unsigned result,
                                                  or 2^63 and up for a signed one */
        Type *sw = ty_basic(TY_LLONG);
        Node *neg = binary('<', sema_convert(var(t, e->loc), sw),
                           sema_convert(typed_node(ND_NUM, ty_basic(TY_INT), e->loc), sw),
                           ty_basic(TY_INT));
        check = binary('|', neg, check, ty_basic(TY_INT));
    }
    Node *v = pair(ND_COMMA, set, setp, setp->ty);
    v = pair(ND_COMMA, v, store, r);
    return pair(ND_COMMA, v, check, ty_basic(TY_INT));
}

/* __builtin_{add,sub,mul}_overflow_p(a, b, c): whether the operation overflows the type
 * of c: the checking form above with a temporary of that type. c is evaluated first, as
 * gcc 12 does. */
static Node *overflow_p(Node *e, int op)
{
    Node *a = e->b, *b = a ? a->next : NULL, *c = b ? b->next : NULL;
    if (!c || c->next) {
        diag_error_at(e->loc, "wrong number of arguments to an overflow builtin");
        return typed_node(ND_NUM, ty_basic(TY_INT), e->loc);
    }
    Node *cv = sema_expr(c);
    Type *t = ty_unqual(cv->ty);
    if (!ty_is_integer(t) || t->kind == TY_BOOL) {
        diag_error_at(c->loc, "overflow builtins need an integer third argument");
        return typed_node(ND_NUM, ty_basic(TY_INT), e->loc);
    }
    Sym *tmp = sema_temp_local(t, e->loc);
    Node *addr = new_node(ND_ADDR, e->loc);
    addr->a = var(tmp, e->loc);
    b->next = addr;
    addr->next = NULL;
    Node *r = sema_convert(overflow(e, op), ty_basic(TY_BOOL));
    return pair(ND_COMMA, sema_convert(cv, ty_basic(TY_VOID)), r, r->ty);
}

/* __builtin_va_copy(dst, src): va_list is a pointer here, so an assignment. */
static Node *builtin_va_copy(Node *e)
{
    if (!e->b || !e->b->next || e->b->next->next) {
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_va_copy'");
        return typed_node(ND_NUM, ty_basic(TY_INT), e->loc);
    }
    Node *set = new_node(ND_ASSIGN, e->loc);
    set->a = e->b;
    set->b = e->b->next;
    set->a->next = NULL;
    return sema_convert(sema_expr(set), ty_basic(TY_VOID));
}

/* __builtin_choose_expr(const, a, b): a if the constant is nonzero, else b; the other is
 * not evaluated (nor checked, as with gcc's unevaluated operand). */
static Node *choose_expr(Node *e)
{
    Node *c = e->b, *a = c ? c->next : NULL, *b = a ? a->next : NULL;
    if (!b || b->next) {
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_choose_expr'");
        return typed_node(ND_NUM, ty_basic(TY_INT), e->loc);
    }
    c = sema_expr(c);
    if (!c->is_const) {
        diag_error_at(c->loc, "first argument to '__builtin_choose_expr' not a constant");
        return typed_node(ND_NUM, ty_basic(TY_INT), e->loc);
    }
    Node *pick = c->ival ? a : b;
    pick->next = NULL;
    return sema_expr(pick);
}

/* __builtin_classify_type(expr): gcc's type class of the operand after the promotions,
 * which is not evaluated: 0 void, 1 integer (char, _Bool and enums promote), 5 pointer
 * (arrays and functions decay), 8 floating, 12 struct, 13 union. */
static Node *classify_type(Node *e)
{
    if (!e->b || e->b->next) {
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_classify_type'");
        return typed_node(ND_NUM, ty_basic(TY_INT), e->loc);
    }
    Type *t = sema_expr_unevaluated(e->b)->ty;
    int c = t->kind == TY_VOID ? 0 : ty_is_integer(t) ? 1 : ty_is_ptr(t) ? 5
            : ty_is_float(t) ? 8 : t->kind == TY_STRUCT ? 12 : t->kind == TY_UNION ? 13 : 5;
    Node *n = typed_node(ND_NUM, ty_basic(TY_INT), e->loc);
    n->ival = c;
    return n;
}

/* The builtins of this file that are not library calls; NULL if name is none of them. */
Node *sema_builtin_more(Node *e, const char *name)
{
    if (strcmp(name, "prefetch") == 0 || strcmp(name, "va_end") == 0)
        return prefetch(e); /* va_end: nothing to release */
    if (strcmp(name, "va_copy") == 0)
        return builtin_va_copy(e);
    if (strcmp(name, "choose_expr") == 0)
        return choose_expr(e);
    if (strcmp(name, "classify_type") == 0)
        return classify_type(e);
    if (strcmp(name, "object_size") == 0 || strcmp(name, "dynamic_object_size") == 0)
        return sema_object_size(e, name[0] == 'd');
    if (strcmp(name, "add_overflow") == 0)
        return overflow(e, '+');
    if (strcmp(name, "sub_overflow") == 0)
        return overflow(e, '-');
    if (strcmp(name, "mul_overflow") == 0)
        return overflow(e, '*');
    if (strcmp(name, "add_overflow_p") == 0)
        return overflow_p(e, '+');
    if (strcmp(name, "sub_overflow_p") == 0)
        return overflow_p(e, '-');
    if (strcmp(name, "mul_overflow_p") == 0)
        return overflow_p(e, '*');
    Node *n = sema_align_builtin(e, name);
    return n ? n : sema_frame_builtin(e, name);
}
