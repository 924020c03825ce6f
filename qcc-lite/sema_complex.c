/* sema_complex.c - complex types (C11 6.2.5p11, GNU integer complex types): every
 * complex operation is lowered here to operations on the real and imaginary parts,
 * so the code generator only builds values (ND_COMPLEX_MAKE) and reads parts
 * (ND_MEMBER at word offset 0 or one element further). Operands used more than once
 * are evaluated once into temporaries; constant parts fold, so complex constants can
 * initialize static objects. The formulas are the plain ones (C11 Annex G's
 * infinities and NaNs are not followed); a real operand contributes no imaginary part.
 */
#include <math.h>
#include <string.h>

#include "qcc.h"

/* An operand split into its parts: pre (or NULL) runs first; re and im are cheap,
 * side-effect-free nodes, copied at each use; NULL stands for an exact zero. */
typedef struct Parts {
    Node *pre;
    Node *re, *im;
} Parts;

static Type *elem_of(Type *t) { return ty_is_complex(t) ? t->base : ty_unqual(t); }

Type *sema_complex_spec(Spec *s, Type *elem)
{
    if (s->tspec == 0) {
        diag_warning_at(s->loc, "'_Complex' alone means 'double _Complex'");
        elem = ty_basic(TY_DOUBLE);
    }
    if (!ty_is_arith(elem) || elem->kind == TY_BOOL) {
        diag_error_at(s->loc, "invalid complex type (of '%s')", ty_str(elem));
        elem = ty_basic(TY_DOUBLE);
    }
    return ty_complex(elem);
}

bool sema_complex_involved(Node *e)
{
    return ty_is_complex(e->a->ty) || (e->b && e->b->ty && ty_is_complex(e->b->ty));
}

/* ---- building blocks ---- */

static Node *copy_node(Node *n)
{
    if (!n)
        return NULL;
    Node *c = new_node(n->kind, n->loc);
    *c = *n;
    c->next = NULL;
    return c;
}

static Node *zero(Type *t, Loc loc)
{
    if (ty_is_float(t)) {
        Node *f = new_node(ND_FNUM, loc);
        f->ty = t;
        return f;
    }
    return sema_make_num(0, t, loc);
}

static bool is_constant(Node *n)
{
    return n->is_const || n->kind == ND_FNUM;
}

static bool is_plus_zero(Node *n)
{
    if (n->kind == ND_FNUM)
        return n->fval == 0 && !signbit(n->fval);
    return n->is_const && n->ival == 0;
}

/* A node that can be evaluated any number of times: a variable or a part of one. */
static bool is_pure_leaf(Node *n)
{
    if (n->ty->quals & Q_VOLATILE)
        return false;
    if (n->kind == ND_VAR)
        return n->sym->kind == SYM_VAR;
    return n->kind == ND_MEMBER && !n->bit_width && is_pure_leaf(n->a);
}

static Node *assign(Node *lv, Node *v)
{
    Node *a = new_node(ND_ASSIGN, v->loc);
    a->a = lv;
    a->b = v;
    a->ty = ty_unqual(lv->ty);
    return a;
}

/* x as a node that can be used repeatedly (a temporary after *pre if needed). */
static Node *once(Node **pre, Node *x)
{
    if (!x || is_constant(x) || is_pure_leaf(x) || !sema_current_function())
        return x;
    Sym *t = sema_temp_local(ty_unqual(x->ty), x->loc);
    *pre = new_comma(*pre, assign(new_var_ref(t, x->loc), x));
    return new_var_ref(t, x->loc);
}

/* The part of complex value v at word offset off (v a leaf or any value). */
static Node *part_of(Node *v, int off, Type *elem)
{
    Node *m = new_node(ND_MEMBER, v->loc);
    m->a = v;
    m->ival = off;
    m->ty = ty_qual(elem, v->ty->quals & Q_VOLATILE);
    return m;
}

/* Splits e (complex, or real: no imaginary part) into parts. */
static Parts split(Node *e)
{
    Parts p = {0};
    if (!ty_is_complex(e->ty)) {
        p.re = once(&p.pre, e);
        return p;
    }
    Type *el = e->ty->base;
    if (e->kind == ND_COMMA && e->b->kind == ND_COMPLEX_MAKE) {
        /* a value lowered here: its steps first, then its parts without a copy */
        p = split(e->b);
        p.pre = p.pre ? new_comma(e->a, p.pre) : e->a;
        return p;
    }
    if (e->kind == ND_COMPLEX_MAKE) {
        /* a constant +0 part takes no part in the arithmetic, as with gcc: 2.0f * I is
         * 2.0f i, without a 2.0f * 0.0f */
        p.re = is_plus_zero(e->a) ? NULL : once(&p.pre, e->a);
        p.im = is_plus_zero(e->b) ? NULL : once(&p.pre, e->b);
        return p;
    }
    Node *v = e;
    if (!is_pure_leaf(e) && sema_current_function()) {
        Sym *t = sema_temp_local(ty_unqual(e->ty), e->loc);
        p.pre = assign(new_var_ref(t, e->loc), e);
        v = new_var_ref(t, e->loc);
    }
    p.re = part_of(v, 0, el);
    p.im = part_of(v, ty_size(el), el);
    return p;
}

static Node *bin(int op, Node *a, Node *b, Type *t)
{
    a = copy_node(a);
    b = copy_node(b);
    Node *e = new_binary(op, a, b, a->loc);
    e->ty = t;
    if (a->is_const && b->is_const) {
        bool ok = true;
        int64_t v = sema_fold_binary(op, a->ival, b->ival, t, &ok);
        if (ok)
            return sema_make_num(v, t, a->loc);
    }
    if (a->kind == ND_FNUM && b->kind == ND_FNUM)
        return sema_fold_float(e);
    return e;
}

static Node *neg(Node *a, Type *t)
{
    if (!a)
        return NULL;
    if (a->kind == ND_FNUM) {
        Node *f = copy_node(a);
        f->fval = -f->fval;
        return f;
    }
    if (a->is_const)
        return sema_make_num(sema_wrap(-a->ival, t), t, a->loc);
    Node *n = new_node(ND_NEG, a->loc);
    n->a = copy_node(a);
    n->ty = t;
    return n;
}

static Node *add(Node *a, Node *b, Type *t)
{
    return !a ? copy_node(b) : !b ? copy_node(a) : bin('+', a, b, t);
}

static Node *subtract(Node *a, Node *b, Type *t)
{
    return !b ? copy_node(a) : !a ? neg(b, t) : bin('-', a, b, t);
}

static Node *mul(Node *a, Node *b, Type *t)
{
    return !a || !b ? NULL : bin('*', a, b, t);
}

/* The complex value (re, im) of type complex(t), after pre. */
static Node *make(Node *pre, Node *re, Node *im, Type *t, Loc loc)
{
    Node *m = new_node(ND_COMPLEX_MAKE, loc);
    m->a = re ? copy_node(re) : zero(t, loc);
    m->b = im ? copy_node(im) : zero(t, loc);
    m->ty = ty_complex(t);
    return new_comma(pre, m);
}

static Node *compare(int op, Node *a, Node *b, Type *t, Loc loc)
{
    a = a ? copy_node(a) : zero(t, loc);
    b = b ? copy_node(b) : zero(t, loc);
    Node *e = new_binary(op, a, b, loc);
    e->ty = ty_basic(TY_INT);
    if (a->is_const && b->is_const)
        return sema_make_num(sema_fold_compare(op, a->ival, b->ival, t), e->ty, loc);
    if (a->kind == ND_FNUM && b->kind == ND_FNUM) {
        float x = (float)a->fval, y = (float)b->fval;
        bool v = op == OP_EQ ? x == y : op == OP_NE ? x != y : x < y; /* ==, !=, < */
        return sema_make_num(v, e->ty, loc);
    }
    return e;
}

/* ---- conversions ---- */

static Node *convert_part(Node *p, Type *t)
{
    return p ? sema_convert(copy_node(p), t) : NULL;
}

Node *sema_complex_convert(Node *e, Type *to)
{
    Type *from = e->ty;
    if (e->err)
        return e;
    if (ty_is_complex(to)) {
        if (ty_is_complex(from)) {
            if (from->base->kind == to->base->kind)
                return e;
            Parts p = split(e);
            return make(p.pre, convert_part(p.re, to->base), convert_part(p.im, to->base),
                        to->base, e->loc);
        }
        if (!ty_is_arith(from)) {
            diag_error_at(e->loc, "cannot convert '%s' to '%s'", ty_str(from), ty_str(to));
            e->err = true;
            return e;
        }
        return make(NULL, sema_convert(e, to->base), NULL, to->base, e->loc);
    }
    /* complex to real: the imaginary part is dropped (still evaluated) */
    if (to->kind == TY_BOOL)
        return sema_convert(sema_complex_truth(e), to);
    if (!ty_is_arith(to)) {
        diag_error_at(e->loc, "cannot convert '%s' to '%s'", ty_str(from), ty_str(to));
        e->err = true;
        return e;
    }
    Node *re;
    if (e->kind == ND_COMPLEX_MAKE && (is_constant(e->b) || is_pure_leaf(e->b)))
        re = e->a;
    else
        re = part_of(e, 0, from->base);
    return sema_convert(re, ty_unqual(to));
}

/* The truth value of complex e (int): either part nonzero. */
Node *sema_complex_truth(Node *e)
{
    if (!ty_is_complex(e->ty) || e->err)
        return e;
    Type *t = e->ty->base;
    Parts p = split(e);
    Node *r = compare(OP_NE, p.re, NULL, t, e->loc), *i = compare(OP_NE, p.im, NULL, t, e->loc);
    Node *o;
    if (r->is_const && i->is_const) {
        o = sema_make_num(r->ival || i->ival, ty_basic(TY_INT), e->loc);
    } else {
        o = new_binary('|', r, i, e->loc);
        o->ty = ty_basic(TY_INT);
    }
    return new_comma(p.pre, o);
}

/* ---- operators ---- */

/* The element type both operands of a binary operator convert to. */
static Type *common_elem(Node *a, Node *b)
{
    return ty_common(elem_of(a->ty), elem_of(b->ty));
}

/* Converts an operand to element type t: complex ones to complex(t), real ones to t. */
static Node *operand_to(Node *x, Type *t)
{
    return ty_is_complex(x->ty) ? sema_complex_convert(x, ty_complex(t)) : sema_convert(x, t);
}

static Node *cond(Node *c, Node *x, Node *y, Type *t)
{
    if (c->is_const)
        return c->ival ? x : y;
    Node *n = new_node(ND_COND, c->loc);
    n->a = c;
    n->b = x;
    n->c = y;
    n->ty = t;
    return n;
}

/* |x| for the comparison that picks the division's branch */
static Node *magnitude(Node *x, Type *t)
{
    return cond(compare('<', x, NULL, t, x->loc), neg(x, t), copy_node(x), t);
}

/* (ar + ai i) / (br + bi i) by Smith's method, as gcc does it (its libgcc routine for
 * floating types, inline for integer ones): the ratio of the divisor's parts keeps
 * the intermediate values small. */
static Node *divide(Node *pre, Parts a, Parts b, Type *t, Loc loc)
{
    Node *br = b.re ? b.re : zero(t, loc);
    if (!b.im) /* by a real: each part */
        return make(pre, a.re ? bin('/', a.re, br, t) : NULL,
                    a.im ? bin('/', a.im, br, t) : NULL, t, loc);
    Node *ar = a.re ? a.re : zero(t, loc), *ai = a.im ? a.im : zero(t, loc), *bi = b.im;
    Node *small = compare('<', magnitude(br, t), magnitude(bi, t), t, loc);
    Node *r1 = NULL, *r2 = NULL, *d1 = NULL, *d2 = NULL;
    Node *c1 = NULL, *c2 = NULL;
    if (!small->is_const || small->ival) { /* |br| < |bi| */
        r1 = once(&c1, bin('/', br, bi, t));
        d1 = once(&c1, add(mul(br, r1, t), bi, t));
    }
    if (!small->is_const || !small->ival) {
        r2 = once(&c2, bin('/', bi, br, t));
        d2 = once(&c2, add(mul(bi, r2, t), br, t));
    }
    Node *x = r1 ? make(c1, bin('/', add(mul(ar, r1, t), ai, t), d1, t),
                        bin('/', subtract(mul(ai, r1, t), ar, t), d1, t), t, loc) : NULL;
    Node *y = r2 ? make(c2, bin('/', add(mul(ai, r2, t), ar, t), d2, t),
                        bin('/', subtract(ai, mul(ar, r2, t), t), d2, t), t, loc) : NULL;
    return new_comma(pre, cond(small, x, y, ty_complex(t)));
}

static Node *invalid(Node *e)
{
    diag_error_at(e->loc, "invalid operands to binary operator (have '%s' and '%s')",
                  ty_str(e->a->ty), ty_str(e->b->ty));
    e->ty = ty_basic(TY_INT);
    e->err = true;
    return e;
}

/* e: an ND_BINARY with a complex operand (both operands already checked). */
Node *sema_complex_binary(Node *e)
{
    int op = e->op;
    bool arith = op == '+' || op == '-' || op == '*' || op == '/';
    if ((!arith && op != OP_EQ && op != OP_NE) ||
        !(ty_is_arith(e->a->ty) || ty_is_complex(e->a->ty)) ||
        !(ty_is_arith(e->b->ty) || ty_is_complex(e->b->ty)))
        return invalid(e);
    Type *t = common_elem(e->a, e->b);
    Parts a = split(operand_to(e->a, t));
    Parts b = split(operand_to(e->b, t));
    Node *pre = a.pre && b.pre ? new_comma(a.pre, b.pre) : a.pre ? a.pre : b.pre;
    Loc loc = e->loc;
    switch (op) {
    case '+':
        return make(pre, add(a.re, b.re, t), add(a.im, b.im, t), t, loc);
    case '-':
        return make(pre, subtract(a.re, b.re, t), subtract(a.im, b.im, t), t, loc);
    case '*':
        return make(pre, subtract(mul(a.re, b.re, t), mul(a.im, b.im, t), t),
                    add(mul(a.re, b.im, t), mul(a.im, b.re, t), t), t, loc);
    case '/':
        return divide(pre, a, b, t, loc);
    default: { /* == and != */
        Node *r = compare(op, a.re, b.re, t, loc), *i = compare(op, a.im, b.im, t, loc);
        Node *o;
        if (r->is_const && i->is_const) {
            o = sema_make_num(op == OP_EQ ? r->ival && i->ival : r->ival || i->ival,
                              ty_basic(TY_INT), loc);
        } else {
            o = new_binary(op == OP_EQ ? '&' : '|', r, i, loc);
            o->ty = ty_basic(TY_INT);
        }
        return new_comma(pre, o);
    }
    }
}

/* e: ND_NEG, ND_POS or ND_BITNOT (GNU: the conjugate) of a complex operand. */
Node *sema_complex_unary(Node *e)
{
    Type *t = e->a->ty->base;
    if (ty_is_integer(t))
        t = ty_promote(t);
    Parts p = split(sema_complex_convert(e->a, ty_complex(t)));
    switch (e->kind) {
    case ND_NEG: return make(p.pre, neg(p.re, t), neg(p.im, t), t, e->loc);
    case ND_BITNOT: return make(p.pre, p.re, neg(p.im, t), t, e->loc);
    default: return make(p.pre, p.re, p.im, t, e->loc);
    }
}

/* The lvalue lv as a node usable twice: itself if a variable (or part of one), else
 * *p with p = &lv set in *pre. */
static Node *lvalue_once(Node **pre, Node *lv)
{
    if (is_pure_leaf(lv) || lv->kind == ND_VAR)
        return lv;
    if (lv->kind == ND_MEMBER && lv->bit_width) {
        diag_error_at(lv->loc, "complex arithmetic on a bit-field is not supported");
        return lv;
    }
    for (Node *b = lv; ; b = b->a) {
        if (b->kind == ND_VAR) {
            b->sym->addr_taken = true;
            break;
        }
        if (b->kind != ND_MEMBER)
            break;
    }
    Node *addr = new_node(ND_ADDR, lv->loc);
    addr->a = lv;
    addr->ty = ty_ptr(lv->ty);
    Node *p = once(pre, addr);
    Node *d = new_node(ND_DEREF, lv->loc);
    d->a = p;
    d->ty = lv->ty;
    return d;
}

/* lv op= v, where lv is usable twice. */
static Node *op_assign(Node *lv, int op, Node *v, Loc loc)
{
    Node *b = new_binary(op, copy_node(lv), v, loc);
    Node *r = sema_complex_binary(b);
    if (r->err)
        return r;
    Type *to = ty_unqual(lv->ty);
    return assign(copy_node(lv), sema_complex_convert(r, to));
}

/* ND_OPASSIGN with a complex operand: a = a op b, a evaluated once. */
Node *sema_complex_assign(Node *e)
{
    if (e->op != '+' && e->op != '-' && e->op != '*' && e->op != '/') {
        diag_error_at(e->loc, "invalid operands to compound assignment (have '%s' and '%s')",
                      ty_str(e->a->ty), ty_str(e->b->ty));
        e->ty = ty_unqual(e->a->ty);
        e->err = true;
        return e;
    }
    if (!ty_is_complex(e->a->ty) && !ty_is_arith(e->a->ty)) {
        diag_error_at(e->loc, "invalid operands to compound assignment (have '%s' and '%s')",
                      ty_str(e->a->ty), ty_str(e->b->ty));
        e->ty = ty_unqual(e->a->ty);
        e->err = true;
        return e;
    }
    Node *pre = NULL;
    Node *lv = lvalue_once(&pre, e->a);
    return new_comma(pre, op_assign(lv, e->op, e->b, e->loc));
}

/* ++ and -- on a complex lvalue: its real part steps by one. */
Node *sema_complex_incdec(Node *e)
{
    Node *pre = NULL;
    Node *lv = lvalue_once(&pre, e->a);
    bool inc = e->kind == ND_PREINC || e->kind == ND_POSTINC;
    Node *step = op_assign(lv, inc ? '+' : '-', sema_make_num(1, ty_basic(TY_INT), e->loc),
                           e->loc);
    if (e->kind == ND_PREINC || e->kind == ND_PREDEC || !sema_current_function())
        return new_comma(pre, step);
    Sym *old = sema_temp_local(ty_unqual(lv->ty), e->loc);
    Node *save = assign(new_var_ref(old, e->loc), copy_node(lv));
    return new_comma(pre, new_comma(save, new_comma(step, new_var_ref(old, e->loc))));
}

/* ---- the complex expression forms: imaginary constants, __real__, __imag__ ---- */

/* __real__ a or __imag__ a (a checked); an lvalue if a is one. */
static Node *part_expr(Node *e, Node *a, bool imag)
{
    if (a->err)
        return a;
    if (!ty_is_complex(a->ty)) {
        if (!ty_is_arith(a->ty)) {
            diag_error_at(e->loc, "wrong type argument to %s (have '%s')",
                          imag ? "__imag__" : "__real__", ty_str(a->ty));
            a->err = true;
            return a;
        }
        if (!imag)
            return a;
        return new_comma(sema_convert(a, ty_basic(TY_VOID)), zero(ty_unqual(a->ty), e->loc));
    }
    Type *t = a->ty->base;
    if (a->kind == ND_COMPLEX_MAKE) {
        Node *other = imag ? a->a : a->b;
        if (is_constant(other) || is_pure_leaf(other))
            return imag ? a->b : a->a;
    }
    Node *m = part_of(a, imag ? ty_size(t) : 0, t);
    m->ty = ty_qual(t, a->ty->quals);
    return m;
}

static Node *real_or_imag(Node *e)
{
    return part_expr(e, sema_expr(e->a), e->kind == ND_IMAG_PART);
}

Node *sema_complex_expr(Node *e)
{
    if (e->kind == ND_REAL_PART || e->kind == ND_IMAG_PART)
        return real_or_imag(e);
    if (e->ty) /* ND_COMPLEX_MAKE built by this file */
        return e;
    /* an imaginary constant from the scanner: 0 + b i */
    Node *b = sema_expr(e->b);
    Type *t = ty_unqual(b->ty);
    if (ty_is_integer(t))
        t = ty_promote(t);
    return make(NULL, NULL, sema_convert(b, t), t, e->loc);
}

/* __builtin_complex, __builtin_creal/cimag/conj (and their f and l forms); NULL if name
 * (without the __builtin_ prefix) is none of them. */
Node *sema_complex_builtin(Node *e, const char *name)
{
    char base[8] = {0};
    int n = 0;
    while (name[n] && n < 7) {
        base[n] = name[n];
        n++;
    }
    /* a trailing f or l is a suffix only after creal, cimag or conj (creal ends in l) */
    if (n > 4 && (base[n - 1] == 'f' || base[n - 1] == 'l') && name[n] == 0 &&
        strcmp(base, "creal") != 0)
        base[n - 1] = 0;
    bool is_complex = strcmp(name, "complex") == 0;
    int which = strcmp(base, "creal") == 0 ? 'r' : strcmp(base, "cimag") == 0 ? 'i'
              : strcmp(base, "conj") == 0 ? 'c' : 0;
    if (name[n] != 0 || (!is_complex && !which))
        return NULL;
    int nargs = 0;
    for (Node *a = e->b; a; a = a->next)
        nargs++;
    if (nargs != (is_complex ? 2 : 1)) {
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_%s'", name);
        return sema_make_num(0, ty_basic(TY_INT), e->loc);
    }
    Node *x = e->b, *y = e->b->next;
    x->next = NULL;
    if (is_complex) {
        Node *re = sema_expr(x), *im = sema_expr(y);
        if (!ty_is_float(re->ty) || !ty_is_float(im->ty) ||
            re->ty->kind != im->ty->kind) {
            diag_error_at(e->loc, "'__builtin_complex' needs two floating arguments of the "
                                  "same type");
            return sema_make_num(0, ty_basic(TY_INT), e->loc);
        }
        Node *m = new_node(ND_COMPLEX_MAKE, e->loc);
        m->a = re;
        m->b = im;
        m->ty = ty_complex(re->ty);
        return m;
    }
    /* the float (f), long double (l) or double version: the argument converts first */
    char last = name[strlen(name) - 1];
    Type *t = ty_basic(strlen(name) > strlen(base) ? (last == 'f' ? TY_FLOAT : TY_LDOUBLE)
                                                    : TY_DOUBLE);
    Node *z = sema_expr(x);
    if (!ty_is_arith(z->ty) && !ty_is_complex(z->ty)) {
        diag_error_at(e->loc, "'__builtin_%s' needs an arithmetic argument", name);
        return sema_make_num(0, ty_basic(TY_INT), e->loc);
    }
    z = sema_complex_convert(z, ty_complex(t));
    if (which == 'c') {
        Node *c = new_node(ND_BITNOT, e->loc);
        c->a = z;
        return sema_complex_unary(c);
    }
    return part_expr(e, z, which == 'i');
}
