/* sema_expr.c - the semantic pass over expressions: resolves names, gives every node
 * its type, inserts the implicit conversions (ND_CONV) and decays (ND_DECAY), scales
 * pointer arithmetic, checks lvalues, and folds integer constant expressions.
 */
#include <string.h>

#include "qcc.h"

static Node *expr_nodecay(Node *e);
static Node *with_pending(Node *e);
static Node *expr_stmt_of(Node *e);
static Node *expr_cast_to(Node *e, Type *t);

static Node *error_node(Node *e)
{
    e->ty = ty_basic(TY_INT);
    e->err = true;
    return e;
}

static Type *int_type(void) { return ty_basic(TY_INT); }

bool sema_is_lvalue(Node *e)
{
    switch (e->kind) {
    case ND_VAR: return e->sym->kind == SYM_VAR;
    case ND_DEREF: case ND_STR: case ND_COMPOUND_LIT: return true;
    case ND_MEMBER: return sema_is_lvalue(e->a);
    default: return false;
    }
}

static void mark_addr_taken(Node *e)
{
    while (e->kind == ND_MEMBER)
        e = e->a;
    if (e->kind == ND_VAR)
        e->sym->addr_taken = true;
}

static Node *decay(Node *e)
{
    if (e->ty->kind == TY_ARRAY || e->ty->kind == TY_FUNC) {
        mark_addr_taken(e);
        Node *d = new_node(ND_DECAY, e->loc);
        d->a = e;
        d->ty = ty_ptr(e->ty->kind == TY_ARRAY ? e->ty->base : e->ty);
        return d;
    }
    return e;
}

Node *sema_decay(Node *e)
{
    return decay(e);
}

Node *sema_expr(Node *e)
{
    return decay(expr_nodecay(e));
}

/* typeof(expr): the type without array/function decay; the expression is not run. */
Node *sema_expr_unevaluated(Node *e)
{
    return expr_nodecay(e);
}

static bool is_null_const(Node *e)
{
    /* an integer constant 0, or one cast to void * (C11 6.3.2.3p3) */
    if (e->is_const && e->ival == 0 && ty_is_ptr(e->ty) && e->ty->base->kind == TY_VOID &&
        !e->ty->base->quals)
        return true;
    while (e->kind == ND_CONV && ty_is_ptr(e->ty))
        e = e->a;
    return e->is_const && e->ival == 0 && ty_is_integer(e->ty);
}

/* Converts e (already checked) to type `to`, folding constants. */
Node *sema_convert(Node *e, Type *to)
{
    Type *from = e->ty;
    if (to->kind == TY_VOID || ty_is_record(to)) {
        if (to->kind == TY_VOID) {
            Node *c = new_node(ND_CONV, e->loc);
            c->a = e;
            c->ty = to;
            return c;
        }
        return e;
    }
    if (ty_is_complex(to) || ty_is_complex(from))
        return sema_complex_convert(e, to);
    if (ty_is_vector(to) || ty_is_vector(from))
        return sema_vector_convert(e, to, "conversion");
    if (to->prec && ty_is_integer(from) && (from->kind != to->kind || from->prec != to->prec)) {
        Node *c = sema_convert(e, ty_basic(to->kind));
        c->ty = to;
        return sema_reduce_prec(c);
    }
    if (ty_compatible(ty_unqual(from), ty_unqual(to)) && from->kind == to->kind &&
        from->prec == to->prec)
        return e;
    if (e->is_const && ty_is_integer(to)) {
        return sema_make_num(sema_wrap(e->ival, to), to, e->loc);
    }
    if (e->is_const && ty_is_ptr(to)) {
        Node *n = sema_make_num((uint32_t)e->ival, to, e->loc);
        return n;
    }
    if (e->kind == ND_FNUM && ty_is_float(to)) {
        e->ty = to;
        return e;
    }
    if (e->is_const && ty_is_float(to)) {
        Node *f = new_node(ND_FNUM, e->loc);
        f->fval = (float)(ty_is_signed(from) ? (double)(int32_t)e->ival : (double)(uint32_t)e->ival);
        f->ty = to;
        return f;
    }
    if (e->kind == ND_FNUM && ty_is_integer(to))
        return sema_make_num(sema_float_to_int(e->fval, to), to, e->loc);
    Node *c = new_node(ND_CONV, e->loc);
    c->a = e;
    c->ty = to;
    return c;
}

/* e, of a wide bit-field's type (ty_llbits) and computed in 64 bits, reduced to the
 * type's value bits as gcc does: masked when unsigned, sign-extended from the top value
 * bit when signed. Other values are returned as they are. */
Node *sema_reduce_prec(Node *e)
{
    Type *t = e->ty;
    if (!t->prec || e->err)
        return e;
    if (e->is_const)
        return sema_make_num(sema_wrap(e->ival, t), t, e->loc);
    Type *full = ty_basic(t->kind);
    e->ty = full;
    if (!ty_is_signed(t)) {
        int64_t mask = (int64_t)((UINT64_C(1) << t->prec) - 1);
        Node *m = new_binary('&', e, sema_make_num(mask, full, e->loc), e->loc);
        m->ty = t;
        return m;
    }
    Node *up = new_binary(OP_SHL, e, sema_make_num(64 - t->prec, int_type(), e->loc), e->loc);
    up->ty = full;
    Node *down = new_binary(OP_SHR, up, sema_make_num(64 - t->prec, int_type(), e->loc), e->loc);
    down->ty = t;
    return down;
}

/* Assignment-like conversion (assignment, argument, return, initializer). */
static Node *assign_convert(Node *e, Type *to, const char *what)
{
    Type *from = e->ty;
    if (e->err)
        return e;
    if ((ty_is_arith(to) || ty_is_complex(to)) && (ty_is_arith(from) || ty_is_complex(from)))
        return sema_convert(e, to);
    if (ty_is_vector(to) || ty_is_vector(from))
        return sema_vector_convert(e, to, what);
    if (ty_is_ptr(to)) {
        if (is_null_const(e))
            return sema_convert(e, to);
        if (ty_is_ptr(from)) {
            Type *a = to->base, *b = from->base;
            if (a->kind != TY_VOID && b->kind != TY_VOID
                && !ty_compatible(ty_unqual(a), ty_unqual(b)))
                diag_warning_at(e->loc, "incompatible pointer types in %s (from '%s' to '%s')",
                                what, ty_str(from), ty_str(to));
            else if ((b->quals & ~a->quals) & Q_CONST)
                diag_warning_at(e->loc, "%s discards 'const' qualifier from pointer target type",
                                what);
            return sema_convert(e, to);
        }
        if (ty_is_integer(from)) {
            diag_warning_at(e->loc, "%s makes pointer from integer without a cast", what);
            return sema_convert(e, to);
        }
    }
    if (ty_is_integer(to) && ty_is_ptr(from)) {
        if (to->kind == TY_BOOL)
            return sema_convert(e, to);
        diag_warning_at(e->loc, "%s makes integer from pointer without a cast", what);
        return sema_convert(e, to);
    }
    if (ty_is_record(to) && ty_is_record(from) && to->tag == from->tag)
        return e;
    diag_error_at(e->loc, "incompatible types in %s (from '%s' to '%s')", what, ty_str(from),
                  ty_str(to));
    return e;
}

Node *sema_assign_convert(Node *e, Type *to, const char *what)
{
    return assign_convert(e, to, what);
}

static Node *check_scalar(Node *e, const char *what)
{
    if (ty_is_complex(e->ty))
        return sema_complex_truth(e);
    if (!ty_is_scalar(e->ty))
        diag_error_at(e->loc, "%s requires a scalar operand (have '%s')", what, ty_str(e->ty));
    return e;
}

/* ptr +/- int: the int is scaled by the element size. */
static Node *scale(Node *idx, Type *ptr, Loc loc)
{
    if (ptr->base->vla) { /* a pointer to a variable-length array: its size at run time */
        Node *m = new_binary('*', sema_convert(idx, int_type()),
                             sema_convert(sema_vla_size_expr(ptr->base, loc), int_type()), loc);
        m->ty = int_type();
        return m;
    }
    int size = ty_size(ptr->base);
    if (size < 0) {
        if (ptr->base->kind == TY_VOID || ptr->base->kind == TY_FUNC)
            size = 1; /* GNU extension: void * arithmetic by bytes (words) */
        else {
            diag_error_at(loc, "arithmetic on a pointer to an incomplete type '%s'",
                          ty_str(ptr->base));
            size = 1;
        }
    }
    idx = sema_convert(idx, int_type());
    if (size == 1)
        return idx;
    Node *m = new_binary('*', idx, sema_make_num(size, int_type(), loc), loc);
    m->ty = int_type();
    if (idx->is_const) {
        bool ok = true;
        return sema_make_num(sema_fold_binary('*', idx->ival, size, m->ty, &ok), m->ty, loc);
    }
    return m;
}

static Node *binary_arith(Node *e)
{
    Node *a = e->a, *b = e->b;
    int op = e->op;
    bool shift = op == OP_SHL || op == OP_SHR;
    bool intonly = shift || op == '%' || op == '&' || op == '|' || op == '^';
    if (!ty_is_arith(a->ty) || !ty_is_arith(b->ty) ||
        (intonly && (!ty_is_integer(a->ty) || !ty_is_integer(b->ty)))) {
        diag_error_at(e->loc, "invalid operands to binary operator (have '%s' and '%s')",
                      ty_str(a->ty), ty_str(b->ty));
        return error_node(e);
    }
    Type *t = shift ? ty_promote(a->ty) : ty_common(a->ty, b->ty);
    e->a = sema_convert(a, t);
    e->b = sema_convert(b, shift ? ty_promote(b->ty) : t);
    e->ty = t;
    if (e->a->is_const && e->b->is_const) {
        bool ok = true;
        int64_t v = sema_fold_binary(op, e->a->ival, e->b->ival, t, &ok);
        if (ok)
            return sema_make_num(v, t, e->loc);
        if (op == '/' || op == '%')
            diag_warning_at(e->loc, "division by zero");
    }
    if (e->a->kind == ND_FNUM && e->b->kind == ND_FNUM)
        return sema_fold_float(e);
    return sema_reduce_prec(e);
}

static Node *binary_add(Node *e)
{
    Node *a = e->a, *b = e->b;
    if (ty_is_arith(a->ty) && ty_is_arith(b->ty))
        return binary_arith(e);
    if (e->op == '+' && ty_is_integer(a->ty) && ty_is_ptr(b->ty)) {
        e->a = b;
        e->b = a;
        a = e->a;
        b = e->b;
    }
    if (ty_is_ptr(a->ty) && ty_is_integer(b->ty)) {
        e->b = scale(b, a->ty, e->loc);
        e->ty = a->ty;
        return e;
    }
    if (e->op == '-' && ty_is_ptr(a->ty) && ty_is_ptr(b->ty)) {
        if (!ty_compatible(ty_unqual(a->ty->base), ty_unqual(b->ty->base)))
            diag_error_at(e->loc, "invalid operands to binary - (have '%s' and '%s')",
                          ty_str(a->ty), ty_str(b->ty));
        e->ty = int_type();
        int size = ty_size(a->ty->base);
        if (a->ty->base->vla) {
            Node *d = new_binary('/', e, sema_convert(sema_vla_size_expr(a->ty->base, e->loc),
                                                     int_type()), e->loc);
            d->ty = int_type();
            return d;
        }
        if (size > 1) {
            Node *d = new_binary('/', e, sema_make_num(size, int_type(), e->loc), e->loc);
            d->ty = int_type();
            return d;
        }
        return e;
    }
    diag_error_at(e->loc, "invalid operands to binary %c (have '%s' and '%s')", e->op,
                  ty_str(a->ty), ty_str(b->ty));
    return error_node(e);
}

static Node *binary_compare(Node *e)
{
    Node *a = e->a, *b = e->b;
    if (ty_is_arith(a->ty) && ty_is_arith(b->ty)) {
        Type *t = ty_common(a->ty, b->ty);
        e->a = sema_convert(a, t);
        e->b = sema_convert(b, t);
    } else if (ty_is_ptr(a->ty) && ty_is_ptr(b->ty)) {
        if (!ty_compatible(ty_unqual(a->ty->base), ty_unqual(b->ty->base)) &&
            a->ty->base->kind != TY_VOID && b->ty->base->kind != TY_VOID)
            diag_warning_at(e->loc, "comparison of distinct pointer types ('%s' and '%s')",
                            ty_str(a->ty), ty_str(b->ty));
    } else if (ty_is_ptr(a->ty) && ty_is_integer(b->ty)) {
        if (!is_null_const(b))
            diag_warning_at(e->loc, "comparison between pointer and integer");
        e->b = sema_convert(b, a->ty);
    } else if (ty_is_integer(a->ty) && ty_is_ptr(b->ty)) {
        if (!is_null_const(a))
            diag_warning_at(e->loc, "comparison between pointer and integer");
        e->a = sema_convert(a, b->ty);
    } else {
        diag_error_at(e->loc, "invalid operands to comparison (have '%s' and '%s')",
                      ty_str(a->ty), ty_str(b->ty));
    }
    e->ty = int_type();
    if (e->a->is_const && e->b->is_const)
        return sema_make_num(sema_fold_compare(e->op, e->a->ival, e->b->ival, e->a->ty), int_type(),
                        e->loc);
    return e;
}

static Node *expr_binary(Node *e)
{
    e->a = sema_expr(e->a);
    e->b = sema_expr(e->b);
    return sema_binary_checked(e);
}

/* A binary operator whose operands are already checked. */
Node *sema_binary_checked(Node *e)
{
    if (e->a->err || e->b->err)
        return error_node(e);
    if (sema_complex_involved(e))
        return sema_complex_binary(e);
    if (sema_vector_involved(e))
        return sema_vector_binary(e);
    switch (e->op) {
    case '+': case '-':
        return binary_add(e);
    case '<': case '>': case OP_LE: case OP_GE: case OP_EQ: case OP_NE:
        return binary_compare(e);
    default:
        return binary_arith(e);
    }
}

static void check_modifiable(Node *e, const char *what, const char *verb)
{
    if (e->err)
        return;
    if (!sema_is_lvalue(e)) {
        diag_error_at(e->loc, "lvalue required as %s", what);
        return;
    }
    if (e->ty->quals & Q_CONST) {
        if (e->kind == ND_VAR)
            diag_error_at(e->loc, "%s of read-only variable '%s'", verb, e->sym->name);
        else
            diag_error_at(e->loc, "%s of read-only location", verb);
    } else if (e->ty->kind == TY_ARRAY) {
        diag_error_at(e->loc, "%s to expression with array type", verb);
    }
}

static Node *expr_assign(Node *e)
{
    e->a = expr_nodecay(e->a);
    e->b = sema_expr(e->b);
    check_modifiable(e->a, "left operand of assignment", "assignment");
    if (e->kind == ND_ASSIGN) {
        e->b = assign_convert(e->b, ty_unqual(e->a->ty), "assignment");
        e->ty = ty_unqual(e->a->ty);
        if (ty_is_record(e->ty) && e->ty->vla) /* VLA members: copies its run-time size */
            e->c = sema_vla_size_expr(e->ty, e->loc);
        sema_objsize_note(e);
        return e;
    }
    /* compound assignment: a op= b is a = a op b with a evaluated once */
    if (!e->a->err && !e->b->err && sema_complex_involved(e))
        return sema_complex_assign(e);
    if (!e->a->err && !e->b->err && sema_vector_involved(e))
        return sema_vector_assign(e);
    Type *at = e->a->ty;
    e->ty = ty_unqual(at);
    if (ty_is_ptr(at) && (e->op == '+' || e->op == '-') && ty_is_integer(e->b->ty)) {
        e->b = scale(e->b, at, e->loc);
        e->opty = at;
        sema_objsize_note(e);
        return e;
    }
    bool shift = e->op == OP_SHL || e->op == OP_SHR;
    bool intonly = shift || e->op == '%' || e->op == '&' || e->op == '|' || e->op == '^';
    if (!ty_is_arith(at) || !ty_is_arith(e->b->ty) ||
        (intonly && (!ty_is_integer(at) || !ty_is_integer(e->b->ty)))) {
        diag_error_at(e->loc, "invalid operands to compound assignment (have '%s' and '%s')",
                      ty_str(at), ty_str(e->b->ty));
        return e;
    }
    e->opty = shift ? ty_promote(at) : ty_common(at, e->b->ty);
    e->b = sema_convert(e->b, shift ? ty_promote(e->b->ty) : e->opty);
    sema_objsize_note(e);
    return e;
}

static Node *expr_incdec(Node *e)
{
    e->a = expr_nodecay(e->a);
    check_modifiable(e->a, "increment/decrement operand",
                     e->kind == ND_PREINC || e->kind == ND_POSTINC ? "increment" : "decrement");
    Type *t = e->a->ty;
    if (ty_is_complex(t))
        return sema_complex_incdec(e);
    if (ty_is_vector(t))
        return sema_vector_incdec(e);
    if (!ty_is_scalar(t))
        diag_error_at(e->loc, "wrong type argument to increment/decrement");
    e->ty = ty_unqual(t);
    if (ty_is_ptr(t) && t->base->vla) {
        /* a pointer to a VLA steps by a run-time size: p += 1 (and - 1 for p++) */
        bool inc = e->kind == ND_PREINC || e->kind == ND_POSTINC;
        Node *op = new_node(ND_OPASSIGN, e->loc);
        op->op = inc ? '+' : '-';
        op->a = e->a;
        op->b = scale(sema_make_num(1, int_type(), e->loc), t, e->loc);
        op->opty = t;
        op->ty = e->ty;
        sema_objsize_note(op);
        if (e->kind == ND_PREINC || e->kind == ND_PREDEC)
            return op;
        Node *back = new_binary(inc ? '-' : '+', op, scale(sema_make_num(1, int_type(), e->loc), t,
                                                           e->loc), e->loc);
        back->ty = e->ty;
        return back;
    }
    /* the step, already scaled for pointers */
    e->b = ty_is_ptr(t) ? scale(sema_make_num(1, int_type(), e->loc), t, e->loc)
                        : sema_make_num(1, int_type(), e->loc);
    sema_objsize_note(e);
    return e;
}

/* *p, p already checked */
static Node *deref_checked(Node *e)
{
    if (e->a->err)
        return error_node(e);
    if (!ty_is_ptr(e->a->ty)) {
        diag_error_at(e->loc, "invalid type argument of unary '*' (have '%s')",
                      ty_str(e->a->ty));
        return error_node(e);
    }
    e->ty = e->a->ty->base;
    if (e->ty->kind == TY_VOID)
        diag_warning_at(e->loc, "dereferencing 'void *' pointer");
    return e;
}

static Node *expr_unary(Node *e)
{
    switch (e->kind) {
    case ND_ADDR:
        e->a = expr_nodecay(e->a);
        if (e->a->ty->kind != TY_FUNC && !sema_is_lvalue(e->a))
            diag_error_at(e->loc, "lvalue required as unary '&' operand");
        else if (e->a->kind == ND_MEMBER && e->a->bit_width)
            diag_error_at(e->loc, "cannot take address of bit-field '%s'", e->a->name);
        mark_addr_taken(e->a);
        e->ty = ty_ptr(e->a->ty);
        return e;
    case ND_DEREF:
        e->a = sema_expr(e->a);
        return deref_checked(e);
    case ND_NOT:
        e->a = sema_expr(e->a);
        if (ty_is_vector(e->a->ty))
            return sema_vector_unary(e);
        e->a = check_scalar(e->a, "unary '!'");
        e->ty = int_type();
        if (e->a->is_const)
            return sema_make_num(e->a->ival == 0, int_type(), e->loc);
        return e;
    default: /* ND_NEG, ND_POS, ND_BITNOT */
        e->a = sema_expr(e->a);
        return sema_unary_checked(e);
    }
}

/* -, + or ~ of an operand already checked. */
Node *sema_unary_checked(Node *e)
{
    if (ty_is_vector(e->a->ty))
        return sema_vector_unary(e);
    if (ty_is_complex(e->a->ty))
        return sema_complex_unary(e);
    if (!ty_is_arith(e->a->ty) || (e->kind == ND_BITNOT && !ty_is_integer(e->a->ty))) {
        diag_error_at(e->loc, "wrong type argument to unary operator ('%s')",
                      ty_str(e->a->ty));
        return error_node(e);
    }
    Type *t = ty_is_integer(e->a->ty) ? ty_promote(e->a->ty) : e->a->ty;
    e->a = sema_convert(e->a, t);
    e->ty = t;
    if (e->kind == ND_POS)
        return e->a;
    if (e->a->is_const)
        return sema_make_num(sema_wrap(e->kind == ND_NEG ? -e->a->ival : ~e->a->ival, t), t, e->loc);
    if (e->a->kind == ND_FNUM && e->kind == ND_NEG) {
        e->a->fval = -e->a->fval;
        return e->a;
    }
    return sema_reduce_prec(e);
}

static Node *expr_logical(Node *e)
{
    e->a = check_scalar(sema_expr(e->a), "logical operator");
    e->b = check_scalar(sema_expr(e->b), "logical operator");
    e->ty = int_type();
    if (e->a->is_const && e->b->is_const) {
        bool v = e->kind == ND_LOGAND ? (e->a->ival && e->b->ival) : (e->a->ival || e->b->ival);
        return sema_make_num(v, int_type(), e->loc);
    }
    if (e->a->is_const && e->kind == ND_LOGAND && !e->a->ival)
        return sema_make_num(0, int_type(), e->loc);
    if (e->a->is_const && e->kind == ND_LOGOR && e->a->ival)
        return sema_make_num(1, int_type(), e->loc);
    return e;
}

static Node *expr_cond(Node *e)
{
    if (!e->b) {
        sema_elvis(e); /* GNU a ?: c */
        check_scalar(e->b, "conditional operator");
    } else {
        e->a = check_scalar(sema_expr(e->a), "conditional operator");
        e->b = sema_expr(e->b);
    }
    e->c = sema_expr(e->c);
    Type *b = e->b->ty, *c = e->c->ty;
    if (ty_is_arith(b) && ty_is_arith(c)) {
        e->ty = ty_common(b, c);
    } else if ((ty_is_complex(b) || ty_is_arith(b)) && (ty_is_complex(c) || ty_is_arith(c))) {
        e->ty = ty_complex(ty_common(ty_is_complex(b) ? b->base : b, ty_is_complex(c) ? c->base : c));
    } else if (ty_is_ptr(b) && is_null_const(e->c)) {
        e->ty = b;
    } else if (ty_is_ptr(c) && is_null_const(e->b)) {
        e->ty = c;
    } else if (ty_is_ptr(b) && ty_is_ptr(c)) {
        /* C11 6.5.15p6: void * if either is, pointing to both pointees' qualifiers */
        Type *base = c->base->kind == TY_VOID ? c->base : b->base;
        int quals = b->base->quals | c->base->quals;
        e->ty = quals == base->quals ? (base == b->base ? b : c) : ty_ptr(ty_qual(base, quals));
    } else if (b->kind == TY_VOID || c->kind == TY_VOID) {
        e->ty = ty_basic(TY_VOID);
    } else if (ty_is_record(b) && ty_is_record(c) && b->tag == c->tag) {
        e->ty = ty_unqual(b);
    } else if (ty_is_vector(b) && ty_is_vector(c) && ty_compatible(b, c)) {
        e->ty = ty_unqual(b);
    } else if ((ty_is_ptr(b) && ty_is_integer(c)) || (ty_is_integer(b) && ty_is_ptr(c))) {
        diag_warning_at(e->loc, "pointer/integer type mismatch in conditional expression");
        e->ty = ty_is_ptr(b) ? b : c; /* as gcc: the integer is converted */
    } else {
        diag_error_at(e->loc, "type mismatch in conditional expression ('%s' and '%s')",
                      ty_str(b), ty_str(c));
        return error_node(e);
    }
    e->b = sema_convert(e->b, e->ty);
    e->c = sema_convert(e->c, e->ty);
    if (e->a->is_const && e->b->is_const && e->c->is_const)
        return e->a->ival ? e->b : e->c;
    return e;
}

static Node *expr_call(Node *e)
{
    e->a = sema_expr(e->a);
    Type *ft = e->a->ty;
    if (ty_is_ptr(ft) && ft->base->kind == TY_FUNC) {
        ft = ft->base;
    } else {
        diag_error_at(e->loc, "called object is not a function or function pointer");
        for (Node *arg = e->b; arg; arg = arg->next)
            sema_expr(arg);
        return error_node(e);
    }
    e->ty = ft->base;
    Param *p = ft->params;
    Node *args = NULL, *args_tail = NULL;
    int n = 0;
    for (Node *arg = e->b, *next; arg; arg = next) {
        next = arg->next;
        arg->next = NULL;
        Node *a = sema_expr(arg);
        if (p) {
            a = sema_transparent_arg(a, ty_unqual(p->ty));
            a = assign_convert(a, ty_unqual(p->ty), "argument passing");
            p = p->next;
        } else {
            if (!ft->oldstyle && !ft->variadic) {
                diag_error_at(a->loc, "too many arguments to function");
                ft = ty_func(ft->base, NULL, true, false);
            }
            if (ty_is_integer(a->ty))
                a = sema_convert(a, ty_promote(a->ty));
            n++;
        }
        if (ty_is_record(a->ty) && a->ty->vla) /* a copy of run-time size */
            a = sema_vla_record_arg(a);
        if (args_tail)
            args_tail->next = a;
        else
            args = a;
        args_tail = a;
    }
    if (p && !ft->oldstyle)
        diag_error_at(e->loc, "too few arguments to function");
    e->b = args;
    e->ival = n; /* number of arguments matching '...' */
    if (e->a->kind == ND_DECAY && e->a->a->kind == ND_VAR && e->a->a->sym->format_kind)
        sema_check_format(e, e->a->a->sym);
    if (e->ty->kind != TY_VOID && !ty_is_complete(e->ty))
        diag_error_at(e->loc, "calling a function with incomplete return type '%s'",
                      ty_str(e->ty));
    return e;
}

static Node *expr_member(Node *e)
{
    if (e->kind == ND_ARROW) {
        Node *base = sema_expr(e->a);
        if (!ty_is_ptr(base->ty)) {
            if (!base->err)
                diag_error_at(e->loc, "invalid type argument of '->' (have '%s')",
                              ty_str(base->ty));
            return error_node(e);
        }
        Node *d = new_node(ND_DEREF, e->loc);
        d->a = base;
        d->ty = base->ty->base;
        e->a = d;
        e->kind = ND_MEMBER;
    } else {
        e->a = expr_nodecay(e->a);
    }
    Type *t = e->a->ty;
    if (e->a->err)
        return error_node(e);
    if (!ty_is_record(t)) {
        diag_error_at(e->loc, "request for member '%s' in something not a structure or union",
                      e->name);
        return error_node(e);
    }
    if (!t->tag->complete) {
        diag_error_at(e->loc, "invalid use of incomplete type '%s'", ty_str(t));
        return error_node(e);
    }
    int offset = 0;
    Member *m = ty_find_member(t, e->name, &offset);
    if (!m) {
        diag_error_at(e->loc, "'%s' has no member named '%s'", ty_str(t), e->name);
        return error_node(e);
    }
    e->ival = offset;
    e->c = sema_vla_member_offset(t, e->name, e->loc); /* after VLA members: run time */
    e->ty = ty_qual(m->ty, t->quals);
    if (m->bit_width) {
        e->bit_width = m->bit_width;
        e->bit_offset = m->bit_offset;
        e->bit_signed = ty_is_signed(m->ty);
        /* a narrower unsigned bit-field promotes to int, as in C; a long long one that
         * fits in an int is an int (unsigned int at width 32), as with gcc */
        if (!e->bit_signed && m->bit_width < 32 && m->ty->kind != TY_BOOL)
            e->ty = ty_qual(ty_basic(TY_INT), e->ty->quals);
        else if (ty_is_ll(m->ty) && m->bit_width <= 32)
            e->ty = ty_qual(ty_basic(e->bit_signed ? TY_INT : TY_UINT), e->ty->quals);
        else if (ty_is_ll(m->ty) && m->bit_width < 64) /* gcc: a type of that many bits */
            e->ty = ty_qual(ty_llbits(!e->bit_signed, m->bit_width), e->ty->quals);
    }
    return e;
}

static Node *expr_ident(Node *e)
{
    Sym *s = sema_lookup(e->name);
    if (!s && sema_current_function() &&
        (strcmp(e->name, "__func__") == 0 || strcmp(e->name, "__FUNCTION__") == 0)) {
        /* C99: static const char __func__[] = "function-name"; */
        const char *f = sema_current_function();
        Node *str = new_node(ND_STR, e->loc);
        int n = ident_utf8_codepoints(f, NULL); /* one char per code point */
        str->str = arena_alloc(sizeof(int) * (size_t)(n + 1));
        ident_utf8_codepoints(f, str->str);
        str->strlen = n + 1;
        str->ty = ty_array(ty_qual(ty_basic(TY_CHAR), Q_CONST), n + 1);
        return str;
    }
    if (!s) {
        diag_error_at(e->loc, "'%s' undeclared", e->name);
        Sym *dummy = arena_alloc(sizeof *dummy);
        dummy->kind = SYM_VAR;
        dummy->name = e->name;
        dummy->ty = int_type();
        dummy->reg = -1;
        dummy->used = true;
        sema_declare_dummy(dummy);
        e->kind = ND_VAR;
        e->sym = dummy;
        e->ty = dummy->ty;
        e->err = true;
        return e;
    }
    s->used = true;
    if (s->kind == SYM_ENUMCONST)
        return sema_make_num(s->value, s->ty, e->loc);
    if (s->kind == SYM_TYPEDEF) {
        diag_error_at(e->loc, "unexpected type name '%s'", e->name);
        return error_node(e);
    }
    e->kind = ND_VAR;
    e->sym = s;
    e->ty = s->ty;
    if (s->vla_ptr)
        return sema_vla_ref(e);
    return e;
}

/* An undeclared function used in a call: implicit declaration `int f()`. */
static Node *implicit_function(Node *e)
{
    Node *builtin = sema_builtin_call(e);
    if (builtin)
        return builtin;
    if (e->a->kind == ND_IDENT && !sema_lookup(e->a->name)) {
        if (!e->a->op) /* op: a __builtin_ spelling of a library function */
            diag_warning_at(e->a->loc, "implicit declaration of function '%s'", e->a->name);
        sema_declare_implicit(e->a->name, e->a->loc);
    }
    bool builtin_spelling = e->a->kind == ND_IDENT && e->a->op;
    return sema_fold_library_call(expr_call(e), builtin_spelling); /* sema_libfold.c */
}

static Node *expr_sizeof(Node *e)
{
    Type *t;
    if (e->kind == ND_SIZEOF_TYPE) {
        Node *sizes;
        t = sema_vla_type_name(e->a, &sizes);
        if (t->vla) /* run time: the hidden size, after the type name's size computations */
            return sema_vla_before(sizes, sema_vla_size_expr(t, e->loc));
    } else {
        e->a = expr_nodecay(e->a);
        t = e->a->ty;
        if (t->vla) /* the operand is evaluated (C11 6.5.3.4p2), then the hidden size */
            return sema_vla_before(expr_stmt_of(decay(e->a)), sema_vla_size_expr(t, e->loc));
    }
    int size = ty_size(t);
    if (t->kind == TY_VOID || t->kind == TY_FUNC)
        size = 1; /* GNU C: sizeof (void) and sizeof of a function are 1, as in void * arithmetic */
    if (size < 0) {
        diag_error_at(e->loc, "invalid application of 'sizeof' to incomplete type '%s'",
                      ty_str(t));
        size = 1;
    }
    return sema_make_num(size, ty_basic(TY_ULONG), e->loc);
}

/* A type name with VLA sizes: their computations run first (comma expressions). */
static Node *pending_then(Node *list, Node *e)
{
    return sema_vla_before(list, e);
}

static Node *expr_stmt_of(Node *e)
{
    Node *s = new_node(ND_EXPR_STMT, e->loc);
    s->a = e;
    return s;
}

static Node *with_pending(Node *e)
{
    return pending_then(sema_vla_take_pending(), e);
}

static Node *expr_cast(Node *e)
{
    Type *t = sema_decl_type(e->b->spec, e->b->decl, e->b->loc);
    if (t->kind == TY_UNION && t->tag->complete)
        return sema_union_cast(e, t);
    if (t->vla || (ty_is_ptr(t) && t->base->vla))
        return with_pending(expr_cast_to(e, t));
    return expr_cast_to(e, t);
}

static Node *expr_cast_to(Node *e, Type *t)
{
    e->a = sema_expr(e->a);
    if (t->kind == TY_VOID)
        return sema_convert(e->a, t);
    if (ty_is_complex(t) || ty_is_complex(e->a->ty))
        return sema_complex_convert(e->a, ty_unqual(t));
    if (ty_is_vector(t) || ty_is_vector(e->a->ty))
        return sema_vector_cast(e->a, ty_unqual(t), e->loc);
    if (!ty_is_scalar(t) || !ty_is_scalar(e->a->ty)) {
        if (!(ty_is_record(t) && ty_is_record(e->a->ty) && t->tag == e->a->ty->tag))
            diag_error_at(e->loc, "invalid cast from '%s' to '%s'", ty_str(e->a->ty), ty_str(t));
        return e->a;
    }
    if ((ty_is_float(t) && ty_is_ptr(e->a->ty)) || (ty_is_ptr(t) && ty_is_float(e->a->ty)))
        diag_error_at(e->loc, "invalid cast between pointer and floating type");
    Node *c = sema_convert(e->a, ty_unqual(t));
    if (c == e->a && c->is_const && ty_is_integer(t))
        return sema_make_num(sema_wrap(c->ival, t), ty_unqual(t), e->loc);
    if (c == e->a && c->kind == ND_FNUM) { /* still a floating constant */
        Node *f = new_node(ND_FNUM, e->loc);
        f->fval = c->fval;
        f->ty = ty_unqual(t);
        return f;
    }
    if (c == e->a && c->ty != t) {
        /* same representation: still a new, non-lvalue expression of type t */
        c = new_node(ND_CONV, e->loc);
        c->a = e->a;
        c->ty = ty_unqual(t);
    }
    return c;
}

static Node *expr_nodecay(Node *e)
{
    switch (e->kind) {
    case ND_NUM:
        if (!e->ty) {
            bool uns = e->op & 1, lng = e->op & 2, llng = e->op & 4, nondec = e->op & 8;
            uint64_t v = (uint64_t)e->ival;
            int kind;
            if (e->op & 16) /* character constant */
                kind = uns ? TY_UINT : TY_INT;
            else if (llng || v > 0xFFFFFFFFu || (v > 0x7FFFFFFF && !uns && !nondec))
                kind = uns || (v > INT64_MAX) || (nondec && v > INT64_MAX) ? TY_ULLONG
                                                                          : TY_LLONG;
            else if (uns || v > 0x7FFFFFFF)
                kind = lng ? TY_ULONG : TY_UINT;
            else
                kind = lng ? TY_LONG : TY_INT;
            e->ty = ty_basic(kind);
            e->ival = sema_wrap(ty_is_ll(e->ty) ? e->ival : (int64_t)(uint32_t)v, e->ty);
        }
        e->is_const = true;
        return e;
    case ND_FNUM:
        if (!e->ty)
            e->ty = ty_basic(e->op == 1 ? TY_FLOAT : e->op == 2 ? TY_LDOUBLE
                             : e->op == 3 ? TY_FLOAT32 : TY_DOUBLE);
        return e;
    case ND_STR:
        e->ty = ty_array(sema_string_elem_type(e), e->strlen);
        return e;
    case ND_IDENT: return expr_ident(e);
    case ND_VAR: return e; /* made by sema itself, already typed */
    case ND_CALL:
        return e->a->kind == ND_IDENT ? implicit_function(e) : expr_call(e);
    case ND_INDEX: {
        Node *a = expr_nodecay(e->a);
        if (ty_is_vector(a->ty))
            return sema_vector_index(a, sema_expr(e->b), e->loc);
        Node *sum = new_binary('+', decay(a), sema_expr(e->b), e->loc);
        Node *d = new_node(ND_DEREF, e->loc);
        d->a = sema_binary_checked(sum);
        return deref_checked(d);
    }
    case ND_MEMBER: case ND_ARROW: return expr_member(e);
    case ND_POSTINC: case ND_POSTDEC: case ND_PREINC: case ND_PREDEC: return expr_incdec(e);
    case ND_ADDR: case ND_DEREF: case ND_NEG: case ND_POS: case ND_BITNOT: case ND_NOT:
        return expr_unary(e);
    case ND_SIZEOF_EXPR: case ND_SIZEOF_TYPE: return expr_sizeof(e);
    case ND_CAST: return expr_cast(e);
    case ND_BINARY: return expr_binary(e);
    case ND_LOGAND: case ND_LOGOR: return expr_logical(e);
    case ND_COND: return expr_cond(e);
    case ND_ASSIGN: case ND_OPASSIGN: return expr_assign(e);
    case ND_COMMA:
        e->a = sema_expr(e->a);
        e->b = sema_expr(e->b);
        e->ty = e->b->ty;
        return e;
    case ND_COMPOUND_LIT: return sema_compound_literal(e);
    case ND_VA_ARG: {
        /* scalars: *(T *)((ap += sizeof(T)) - sizeof(T)); structs travel by
         * reference (docs/abi.md): **(T **)((ap += 1) - 1) */
        Node *sizes; /* a variably modified type's sizes are computed first */
        Type *t = sema_vla_type_name(e->b, &sizes);
        bool by_ref = ty_by_reference(t);
        int size = by_ref ? 1 : ty_size(t);
        if (size < 1) {
            diag_error_at(e->loc, "va_arg of incomplete type '%s'", ty_str(t));
            return error_node(e);
        }
        Node *step = new_node(ND_NUM, e->loc);
        step->ival = size;
        Node *adv = new_node(ND_OPASSIGN, e->loc);
        adv->op = '+';
        adv->a = e->a;
        adv->b = step;
        Node *back = new_node(ND_NUM, e->loc);
        back->ival = size;
        Node *at = new_binary('-', adv, back, e->loc);
        Node *ptr = expr_nodecay(at);
        if (!ty_is_ptr(ptr->ty))
            return error_node(e);
        Type *pt = by_ref ? ty_ptr(ty_ptr(t)) : ty_ptr(t);
        Node *cast = sema_convert(ptr, pt);
        if (cast == ptr) {
            cast = new_node(ND_CONV, e->loc);
            cast->a = ptr;
            cast->ty = pt;
        }
        Node *d = new_node(ND_DEREF, e->loc);
        d->a = cast;
        d->ty = pt->base;
        if (by_ref) {
            Node *d2 = new_node(ND_DEREF, e->loc);
            d2->a = d;
            d2->ty = t;
            return sema_vla_before_lvalue(sizes, d2);
        }
        return sema_vla_before_lvalue(sizes, d);
    }
    case ND_VA_START: {
        e->a = sema_expr(e->a);
        if (!sema_is_lvalue(e->a))
            diag_error_at(e->loc, "first argument of va_start must be a va_list variable");
        if (!sema_current_variadic())
            diag_error_at(e->loc, "va_start used in a function with fixed arguments");
        e->ty = ty_basic(TY_VOID);
        return e;
    }
    default:
        return sema_ext_expr(e);
    }
}

/* The element type of a string literal: char, wchar_t (L), char16_t/char32_t (u, U). */
Type *sema_string_elem_type(Node *str)
{
    return ty_basic(str->op == 'u' || str->op == 'U' ? TY_UINT : str->op == 'L' ? TY_INT : TY_CHAR);
}

bool sema_eval_const(Node *e, int64_t *val)
{
    if (!e->is_const)
        return false;
    *val = e->ival;
    return true;
}
