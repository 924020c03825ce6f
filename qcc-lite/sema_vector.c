/* sema_vector.c - GNU vector types (`__attribute__((vector_size(N)))`, gcc's generic
 * vector extension): the attribute makes the type, and every vector operation is
 * lowered here to operations on the elements, one after another, into a temporary
 * vector. The code generator only copies vector values as it copies structs (in
 * memory; passed and returned by reference, docs/abi.md) and reads or writes elements
 * (ND_MEMBER at the element's word offset, or *((T *)&v + i) for a run-time index).
 * Operands used more than once are evaluated once into temporaries.
 */
#include <string.h>

#include "qcc.h"

/* ---- the type ---- */

static bool is_vector_attr(Node *a)
{
    return a->name && (strcmp(a->name, "vector_size") == 0 ||
                       strcmp(a->name, "__vector_size__") == 0);
}

/* The size the attribute asks for (in words, as sizeof counts), or -1 after an error;
 * evaluated once per attribute (a declaration's attributes may be seen twice). */
static int64_t attr_size(Node *attr)
{
    if (attr->is_const)
        return attr->ival;
    attr->is_const = true;
    attr->ival = -1;
    if (!attr->a || attr->a->next) {
        diag_error_at(attr->loc, "wrong number of arguments specified for 'vector_size' "
                                 "attribute");
        return -1;
    }
    Node *n = sema_expr(attr->a);
    int64_t size;
    if (n->err)
        return -1;
    if (!ty_is_integer(n->ty) || !sema_eval_const(n, &size)) {
        diag_error_at(attr->loc, "'vector_size' attribute argument is not an integer "
                                 "constant");
        return -1;
    }
    if (size <= 0) {
        diag_error_at(attr->loc, "zero or negative vector size");
        return -1;
    }
    attr->ival = size;
    return size;
}

/* A vector of elem (an integer or floating type) with the size attr asks for. */
static Type *make_vector(Type *elem, Node *attr)
{
    int64_t size = attr_size(attr);
    if (size < 0)
        return elem;
    Type *el = elem->kind == TY_ENUM ? ty_promote(elem) : ty_unqual(elem);
    if ((!ty_is_integer(el) && !ty_is_float(el)) || el->kind == TY_BOOL || el->prec) {
        diag_error_at(attr->loc, "invalid vector type for attribute 'vector_size' "
                                 "(element type '%s')", ty_str(elem));
        return elem;
    }
    int es = ty_size(el);
    if (size % es != 0) {
        diag_error_at(attr->loc, "vector size not an integral multiple of component size");
        return elem;
    }
    int64_t count = size / es;
    if (count & (count - 1)) {
        diag_error_at(attr->loc, "number of vector components %lld not a power of two",
                      (long long)count);
        return elem;
    }
    return ty_qual(ty_vector(el, (long)count), elem->quals);
}

/* As gcc: the attribute applies to the innermost type of a declarator, the one that
 * pointers, arrays and functions are built on. */
static Type *apply(Type *t, Node *attr)
{
    if (t->kind != TY_PTR && t->kind != TY_ARRAY && t->kind != TY_FUNC)
        return make_vector(t, attr);
    Type *c = arena_alloc(sizeof *c);
    *c = *t;
    c->base = apply(t->base, attr);
    return c;
}

Type *sema_vector_attrs(Type *t, Node *attrs)
{
    for (Node *a = attrs; a; a = a->next)
        if (is_vector_attr(a))
            t = apply(t, a);
    return t;
}

/* ---- building blocks ---- */

static Node *copy_node(Node *n)
{
    Node *c = new_node(n->kind, n->loc);
    *c = *n;
    c->next = NULL;
    return c;
}

static Node *invalid(Node *e, const char *fmt)
{
    diag_error_at(e->loc, fmt, ty_str(e->a->ty), e->b ? ty_str(e->b->ty) : "");
    e->ty = ty_basic(TY_INT);
    e->err = true;
    return e;
}

static Node *assign(Node *lv, Node *v)
{
    Node *a = new_node(ND_ASSIGN, v->loc);
    a->a = lv;
    a->b = v;
    a->ty = ty_unqual(lv->ty);
    return a;
}

static bool is_pure_leaf(Node *n)
{
    return n->kind == ND_VAR && n->sym->kind == SYM_VAR && !(n->ty->quals & Q_VOLATILE);
}

/* A temporary of type t; NULL outside a function, where an expression is only typed
 * (sizeof) or found not constant (a static initializer). */
static Sym *temp(Type *t, Loc loc)
{
    return sema_current_function() ? sema_temp_local(ty_unqual(t), loc) : NULL;
}

/* e, outside a function: a value of type t that is never evaluated. */
static Node *unevaluated(Node *e, Type *t)
{
    Node *c = new_node(ND_CONV, e->loc);
    c->a = e;
    c->ty = ty_unqual(t);
    return c;
}

/* x as a node that can be used repeatedly (a temporary set after *pre if needed). */
static Node *once(Node **pre, Node *x)
{
    if (x->is_const || x->kind == ND_FNUM || is_pure_leaf(x))
        return x;
    Sym *t = temp(x->ty, x->loc);
    if (!t)
        return x;
    *pre = new_comma(*pre, assign(new_var_ref(t, x->loc), x));
    return new_var_ref(t, x->loc);
}

static void mark_addr_taken(Node *e)
{
    while (e->kind == ND_MEMBER)
        e = e->a;
    if (e->kind == ND_VAR)
        e->sym->addr_taken = true;
}

/* Element i of vector v (a leaf or any vector value). */
static Node *elem(Node *v, long i)
{
    Node *m = new_node(ND_MEMBER, v->loc);
    m->a = copy_node(v);
    m->ival = i * ty_size(v->ty->base);
    m->ty = ty_qual(v->ty->base, v->ty->quals);
    return m;
}

/* The lvalue lv as something usable twice: itself if a variable, else *p with p = &lv
 * set after *pre. */
static Node *lvalue_once(Node **pre, Node *lv)
{
    if (lv->kind == ND_VAR)
        return lv;
    mark_addr_taken(lv);
    Node *addr = new_node(ND_ADDR, lv->loc);
    addr->a = lv;
    addr->ty = ty_ptr(lv->ty);
    Node *p = once(pre, addr);
    Node *d = new_node(ND_DEREF, lv->loc);
    d->a = p;
    d->ty = lv->ty;
    return d;
}

/* *(to *)&e: the bits of e (a vector or a scalar) as type to of the same size. */
static Node *reinterpret(Node *e, Type *to)
{
    Node *pre = NULL;
    if (!sema_is_lvalue(e) || (e->kind == ND_MEMBER && e->bit_width)) {
        Sym *t = temp(e->ty, e->loc);
        if (!t)
            return unevaluated(e, to);
        pre = assign(new_var_ref(t, e->loc), e);
        e = new_var_ref(t, e->loc);
    }
    mark_addr_taken(e);
    Node *addr = new_node(ND_ADDR, e->loc);
    addr->a = e;
    addr->ty = ty_ptr(e->ty);
    Node *conv = new_node(ND_CONV, e->loc);
    conv->a = addr;
    conv->ty = ty_ptr(to);
    Node *d = new_node(ND_DEREF, e->loc);
    d->a = conv;
    d->ty = to;
    return new_comma(pre, d);
}

/* ---- element-wise operations ---- */

static bool is_compare(int op)
{
    return op == '<' || op == '>' || op == OP_LE || op == OP_GE || op == OP_EQ || op == OP_NE;
}

/* The type of a comparison of vectors of type vt: signed integers of the element's
 * width, -1 for true and 0 for false (gcc). */
static Type *compare_type(Type *vt)
{
    Type *el = vt->base;
    int k = TY_INT;
    if (ty_size(el) == 2)
        k = TY_LLONG;
    else if (el->kind == TY_CHAR || el->kind == TY_SCHAR || el->kind == TY_UCHAR)
        k = TY_SCHAR;
    else if (el->kind == TY_SHORT || el->kind == TY_USHORT)
        k = TY_SHORT;
    else if (el->kind == TY_LONG || el->kind == TY_ULONG)
        k = TY_LONG;
    return ty_vector(ty_basic(k), vt->len);
}

/* Two vector types an operation can combine: as many elements of the same width, both
 * integer (signedness may differ) or both the same floating type. */
static bool same_shape(Type *a, Type *b)
{
    Type *x = a->base, *y = b->base;
    if (a->len != b->len || ty_size(x) != ty_size(y))
        return false;
    return ty_is_float(x) ? x->kind == y->kind : !ty_is_float(y);
}

/* Does integer constant v fit an element of type el (either signedness)? */
static bool const_fits(int64_t v, Type *el)
{
    if (ty_size(el) == 2)
        return true;
    return v >= INT32_MIN && v <= (int64_t)UINT32_MAX;
}

/* Scalar s, the other operand of vector type vt: converted to the element type if it
 * converts without loss, as gcc demands (shift counts stay as they are). */
static Node *broadcast(Node *s, Type *vt, bool shift, Node *e, const char *bad)
{
    Type *el = vt->base, *st = s->ty;
    if (!ty_is_arith(st) || (shift && !ty_is_integer(st))) {
        invalid(e, bad);
        return NULL;
    }
    if (shift)
        return sema_convert(s, ty_promote(st));
    bool ok;
    if (ty_is_integer(st) && s->is_const)
        ok = ty_is_float(el) || const_fits(s->ival, el);
    else if (s->kind == ND_FNUM)
        ok = ty_is_float(el);
    else if (ty_is_integer(st))
        ok = ty_is_integer(el) && (ty_rank(st) <= ty_rank(el) ||
                                   (ty_size(st) == ty_size(el) && ty_rank(el) >= 3));
    else
        ok = ty_is_float(el) && (st->kind == TY_FLOAT || el->kind != TY_FLOAT);
    if (!ok) {
        diag_error_at(e->loc, "conversion of scalar '%s' to vector '%s' involves truncation",
                      ty_str(st), ty_str(vt));
        return NULL;
    }
    return sema_convert(s, el);
}

/* Element i of operand x (a vector) or x itself (a scalar, the same for every one). */
static Node *operand_elem(Node *x, long i)
{
    return ty_is_vector(x->ty) ? elem(x, i) : copy_node(x);
}

/* The vector of type rt whose element i is value(i) (already converted): pre, then every
 * element into a temporary, then the temporary. */
typedef struct Lowering {
    Node *pre;
    Sym *r;
    Type *rt;
    Loc loc;
} Lowering;

static bool lower_begin(Lowering *l, Node *pre, Type *rt, Loc loc)
{
    l->pre = pre;
    l->rt = ty_unqual(rt);
    l->loc = loc;
    l->r = temp(rt, loc);
    return l->r != NULL;
}

static void lower_set(Lowering *l, long i, Node *v)
{
    Node *lv = elem(new_var_ref(l->r, l->loc), i);
    l->pre = new_comma(l->pre, assign(lv, sema_convert(v, l->rt->base)));
}

static Node *lower_end(Lowering *l)
{
    return new_comma(l->pre, new_var_ref(l->r, l->loc));
}

static Node *error_result(Node *e)
{
    e->ty = ty_basic(TY_INT);
    e->err = true;
    return e;
}

bool sema_vector_involved(Node *e)
{
    return (e->a->ty && ty_is_vector(e->a->ty)) || (e->b && e->b->ty && ty_is_vector(e->b->ty));
}

/* e: an ND_BINARY with a vector operand (both operands checked). */
Node *sema_vector_binary(Node *e)
{
    int op = e->op;
    bool shift = op == OP_SHL || op == OP_SHR;
    bool intonly = shift || op == '%' || op == '&' || op == '|' || op == '^';
    const char *bad = "invalid operands to binary operator (have '%s' and '%s')";
    Type *vt = ty_is_vector(e->a->ty) ? e->a->ty : e->b->ty;
    if (ty_is_vector(e->a->ty) && ty_is_vector(e->b->ty)) {
        if (!same_shape(e->a->ty, e->b->ty))
            return invalid(e, bad);
    } else {
        Node **s = ty_is_vector(e->a->ty) ? &e->b : &e->a;
        Node *c = broadcast(*s, vt, shift, e, bad);
        if (!c)
            return error_result(e);
        *s = c;
    }
    if (intonly && !ty_is_integer(vt->base))
        return invalid(e, bad);
    Node *pre = NULL;
    Node *x = once(&pre, e->a), *y = once(&pre, e->b);
    Lowering l;
    if (!lower_begin(&l, pre, is_compare(op) ? compare_type(vt) : vt, e->loc))
        return unevaluated(e, l.rt);
    for (long i = 0; i < vt->len; i++) {
        Node *v = sema_binary_checked(new_binary(op, operand_elem(x, i), operand_elem(y, i),
                                                 e->loc));
        if (is_compare(op)) {
            Node *n = new_node(ND_NEG, e->loc);
            n->a = v;
            v = sema_unary_checked(n);
        }
        lower_set(&l, i, v);
    }
    return lower_end(&l);
}

/* e: ND_NEG, ND_POS, ND_BITNOT or ND_NOT (gcc: v == 0) of a vector operand. */
Node *sema_vector_unary(Node *e)
{
    Node *a = e->a;
    Type *vt = a->ty;
    if (e->kind == ND_NOT)
        return sema_vector_binary(new_binary(OP_EQ, a, sema_make_num(0, ty_basic(TY_INT),
                                                                     e->loc), e->loc));
    if (e->kind == ND_BITNOT && !ty_is_integer(vt->base)) {
        diag_error_at(e->loc, "wrong type argument to unary operator ('%s')", ty_str(vt));
        return error_result(e);
    }
    if (e->kind == ND_POS)
        return a;
    Node *pre = NULL;
    Node *x = once(&pre, a);
    Lowering l;
    if (!lower_begin(&l, pre, vt, e->loc))
        return unevaluated(e, vt);
    for (long i = 0; i < vt->len; i++) {
        Node *n = new_node(e->kind, e->loc);
        n->a = elem(x, i);
        lower_set(&l, i, sema_unary_checked(n));
    }
    return lower_end(&l);
}

/* lv op= v with lv usable twice. */
static Node *op_assign(Node *lv, int op, Node *v, Loc loc)
{
    Node *r = sema_vector_binary(new_binary(op, copy_node(lv), v, loc));
    if (r->err)
        return r;
    return assign(copy_node(lv), sema_vector_convert(r, ty_unqual(lv->ty), "assignment"));
}

/* ND_OPASSIGN with a vector operand: a = a op b, a evaluated once. */
Node *sema_vector_assign(Node *e)
{
    if (!ty_is_vector(e->a->ty) || is_compare(e->op))
        return invalid(e, "invalid operands to compound assignment (have '%s' and '%s')");
    Node *pre = NULL;
    Node *lv = lvalue_once(&pre, e->a);
    return new_comma(pre, op_assign(lv, e->op, e->b, e->loc));
}

/* ++ and -- on a vector lvalue: every element steps by one. */
Node *sema_vector_incdec(Node *e)
{
    Node *pre = NULL;
    Node *lv = lvalue_once(&pre, e->a);
    bool inc = e->kind == ND_PREINC || e->kind == ND_POSTINC;
    Node *step = op_assign(lv, inc ? '+' : '-', sema_make_num(1, ty_basic(TY_INT), e->loc),
                           e->loc);
    if (e->kind == ND_PREINC || e->kind == ND_PREDEC || step->err)
        return new_comma(pre, step);
    Sym *old = temp(lv->ty, e->loc);
    if (!old)
        return unevaluated(e, lv->ty);
    Node *save = assign(new_var_ref(old, e->loc), copy_node(lv));
    return new_comma(pre, new_comma(save, new_comma(step, new_var_ref(old, e->loc))));
}

/* v[i]: an lvalue when v is one. */
Node *sema_vector_index(Node *v, Node *i, Loc loc)
{
    if (v->err || i->err)
        return error_result(v);
    if (!ty_is_integer(i->ty)) {
        diag_error_at(loc, "array subscript is not an integer");
        return error_result(v);
    }
    Type *el = ty_qual(v->ty->base, v->ty->quals);
    if (i->is_const && i->ival >= 0 && i->ival < v->ty->len) {
        Node *m = elem(v, (long)i->ival);
        m->a = v;
        m->loc = loc;
        return m;
    }
    Node *pre = NULL;
    if (!sema_is_lvalue(v)) {
        Sym *t = temp(v->ty, loc);
        if (!t)
            return unevaluated(v, el);
        pre = assign(new_var_ref(t, loc), v);
        v = new_var_ref(t, loc);
    }
    mark_addr_taken(v);
    Node *addr = new_node(ND_ADDR, loc);
    addr->a = v;
    addr->ty = ty_ptr(v->ty);
    Node *conv = new_node(ND_CONV, loc);
    conv->a = addr;
    conv->ty = ty_ptr(el);
    Node *d = new_node(ND_DEREF, loc);
    d->a = sema_binary_checked(new_binary('+', conv, i, loc));
    d->ty = el;
    return new_comma(pre, d);
}

/* (to)e with a vector on either side: the same bits, so the sizes must agree. */
Node *sema_vector_cast(Node *e, Type *to, Loc loc)
{
    Type *from = e->ty;
    if (e->err)
        return e;
    bool ok = (ty_is_vector(from) || ty_is_scalar(from)) && (ty_is_vector(to) || ty_is_scalar(to));
    if (!ok || ty_size(from) != ty_size(to)) {
        diag_error_at(loc, "cannot convert a value of type '%s' to type '%s' (a vector "
                           "converts only to a type of its size)", ty_str(from), ty_str(to));
        return error_result(e);
    }
    if (ty_is_vector(from) && ty_is_vector(to) && ty_compatible(ty_unqual(from), to))
        return e;
    return reinterpret(e, to);
}

/* Implicit conversion (assignment, argument, return, initializer): vectors of the same
 * type, or of integer elements of the same width differing in signedness (gcc). */
Node *sema_vector_convert(Node *e, Type *to, const char *what)
{
    Type *from = e->ty;
    if (e->err)
        return e;
    if (ty_is_vector(from) && ty_is_vector(to)) {
        if (ty_compatible(ty_unqual(from), ty_unqual(to)))
            return e;
        if (same_shape(from, to) && !ty_is_float(from->base))
            return reinterpret(e, ty_unqual(to));
    }
    diag_error_at(e->loc, "incompatible types in %s (from '%s' to '%s')", what, ty_str(from),
                  ty_str(to));
    e->err = true;
    return e;
}

/* ---- builtins ---- */

static int count_args(Node *e)
{
    int n = 0;
    for (Node *a = e->b; a; a = a->next)
        n++;
    return n;
}

/* __builtin_shuffle(a, mask) and (a, b, mask): element i is element mask[i] of a (or of
 * a and b one after the other), the index taken modulo the elements there are. */
static Node *shuffle(Node *e)
{
    int n = count_args(e);
    if (n != 2 && n != 3) {
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_shuffle'");
        return error_result(e);
    }
    Node *args[3];
    Node *a = e->b;
    for (int k = 0; k < n; k++, a = a->next)
        args[k] = a;
    for (int k = 0; k < n; k++) {
        args[k]->next = NULL;
        args[k] = sema_expr(args[k]);
        if (args[k]->err)
            return error_result(e);
    }
    Node *m = args[n - 1];
    Type *vt = args[0]->ty;
    if (!ty_is_vector(vt) || !ty_is_vector(m->ty) || !ty_is_integer(m->ty->base) ||
        m->ty->len != vt->len || (n == 3 && !ty_compatible(ty_unqual(args[1]->ty),
                                                           ty_unqual(vt)))) {
        diag_error_at(e->loc, "'__builtin_shuffle' needs vectors of one type and an integer "
                              "mask vector of as many elements");
        return error_result(e);
    }
    long len = vt->len, all = len * (n - 1);
    Node *pre = NULL;
    Sym *arr = temp(ty_array(vt->base, all), e->loc);
    if (!arr)
        return unevaluated(e, vt);
    for (int k = 0; k < n - 1; k++) {
        Node *x = once(&pre, args[k]);
        for (long i = 0; i < len; i++) {
            Node *slot = new_node(ND_MEMBER, e->loc);
            slot->a = new_var_ref(arr, e->loc);
            slot->ival = (k * len + i) * ty_size(vt->base);
            slot->ty = vt->base;
            pre = new_comma(pre, assign(slot, elem(x, i)));
        }
    }
    Node *mask = once(&pre, m);
    Lowering l;
    if (!lower_begin(&l, pre, vt, e->loc))
        return unevaluated(e, vt);
    for (long i = 0; i < len; i++) {
        Node *idx = sema_binary_checked(new_binary('&', elem(mask, i),
                                                   sema_make_num(all - 1, mask->ty->base,
                                                                 e->loc), e->loc));
        Node *at = sema_binary_checked(new_binary('+', sema_decay(new_var_ref(arr, e->loc)),
                                                  idx, e->loc));
        Node *d = new_node(ND_DEREF, e->loc);
        d->a = at;
        d->ty = vt->base;
        lower_set(&l, i, d);
    }
    return lower_end(&l);
}

/* __builtin_shuffle; NULL if name (without the __builtin_ prefix) is another one. */
Node *sema_vector_builtin(Node *e, const char *name)
{
    return strcmp(name, "shuffle") == 0 ? shuffle(e) : NULL;
}

/* __builtin_convertvector(v, T): each element converted to T's element type. */
Node *sema_vector_convertvector(Node *e)
{
    Type *t = sema_decl_type(e->b->spec, e->b->decl, e->b->loc);
    Node *v = sema_expr(e->a);
    if (v->err)
        return error_result(e);
    if (!ty_is_vector(v->ty) || !ty_is_vector(t) || v->ty->len != t->len) {
        diag_error_at(e->loc, "'__builtin_convertvector' needs two vector types with the same "
                              "number of elements");
        return error_result(e);
    }
    Node *pre = NULL;
    Node *x = once(&pre, v);
    Lowering l;
    if (!lower_begin(&l, pre, t, e->loc))
        return unevaluated(e, t);
    for (long i = 0; i < t->len; i++)
        lower_set(&l, i, elem(x, i));
    return lower_end(&l);
}
