/* sema_fp_builtin.c - gcc's floating-point builtins that are not plain library calls:
 * - constants: __builtin_inf, __builtin_huge_val, __builtin_nan, __builtin_nans (and
 *   their f and l spellings);
 * - classification: __builtin_isinf, isnan, isfinite, finite, isnormal, isinf_sign (and
 *   the f and l spellings) and __builtin_fpclassify, through libc's __fpclassifyf;
 * - comparisons that are false for a NaN: __builtin_isgreater, isgreaterequal, isless,
 *   islessequal, islessgreater, isunordered.
 * float, double and long double are all IEEE binary32 here (docs/abi.md), so each
 * builtin is rewritten into ordinary C and checked by sema_expr. */
#include <math.h>
#include <string.h>

#include "qcc.h"

/* FP_* values of libc's __fpclassifyf (libc/include/math.h) */
enum { C_NAN = 0, C_INFINITE = 1, C_ZERO = 2, C_SUBNORMAL = 3, C_NORMAL = 4 };

static Node *num(int v, Loc loc)
{
    Node *n = new_node(ND_NUM, loc);
    n->ival = v;
    n->ty = ty_basic(TY_INT);
    n->is_const = true;
    return n;
}

static Node *fnum(double v, int kind, Loc loc)
{
    Node *n = new_node(ND_FNUM, loc);
    n->fval = v;
    n->ty = ty_basic(kind);
    return n;
}

static Node *cond(Node *c, Node *a, Node *b)
{
    Node *n = new_node(ND_COND, c->loc);
    n->a = c;
    n->b = a;
    n->c = b;
    return n;
}

/* __fpclassifyf(x), declared as libc declares it */
static Node *classify(Node *x)
{
    static const char name[] = "__fpclassifyf";
    if (!sema_lookup(name)) {
        Param *p = arena_alloc(sizeof *p);
        p->ty = ty_basic(TY_FLOAT);
        p->loc = x->loc;
        sema_declare_function(name, ty_func(ty_basic(TY_INT), p, false, false), x->loc);
    }
    Node *f = new_node(ND_IDENT, x->loc);
    f->name = (char *)name;
    Node *call = new_node(ND_CALL, x->loc);
    call->a = f;
    x->next = NULL;
    call->b = x;
    return call;
}

/* x (not yet checked) evaluated once into a temporary of type t, set by *set; the
 * temporary is returned (use copy_var for each further use). */
static Node *once(Node *x, Type *t, Node **set)
{
    if (!sema_current_function()) {
        diag_error_at(x->loc, "this floating-point builtin is only supported inside a "
                              "function");
        *set = NULL;
        return num(0, x->loc);
    }
    Sym *s = sema_temp_local(t, x->loc);
    x->next = NULL;
    *set = new_node(ND_ASSIGN, x->loc);
    (*set)->a = new_var_ref(s, x->loc);
    (*set)->b = x;
    return new_var_ref(s, x->loc);
}

static Node *copy_var(Node *v)
{
    if (v->kind != ND_VAR)
        return num(0, v->loc); /* outside a function: an error was reported */
    return new_var_ref(v->sym, v->loc);
}

static bool is_classification(const char *s)
{
    static const char *const names[] = {"isinf", "isnan", "isnormal", "isfinite", "finite",
                                        "isinf_sign"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(s, names[i]) == 0)
            return true;
    return false;
}

/* the is* classification base (is_classification) of one argument */
static Node *classification(const char *base, Node *x, Loc loc)
{
    if (strcmp(base, "isinf_sign") == 0) {
        Node *set, *v = once(x, ty_basic(TY_FLOAT), &set);
        Node *inf = new_binary(OP_EQ, classify(v), num(C_INFINITE, loc), loc);
        Node *neg = new_binary('<', copy_var(v), num(0, loc), loc);
        return new_comma(set, cond(inf, cond(neg, num(-1, loc), num(1, loc)), num(0, loc)));
    }
    int op = OP_EQ, k;
    if (strcmp(base, "isinf") == 0)
        k = C_INFINITE;
    else if (strcmp(base, "isnan") == 0)
        k = C_NAN;
    else if (strcmp(base, "isnormal") == 0)
        k = C_NORMAL;
    else /* isfinite, finite */
        op = OP_GE, k = C_ZERO;
    return new_binary(op, classify(x), num(k, loc), loc);
}

/* __builtin_fpclassify(nan, infinite, normal, subnormal, zero, x) */
static Node *builtin_fpclassify(Node *e)
{
    Node *arg[6];
    int n = 0;
    for (Node *a = e->b; a; a = a->next)
        if (n < 6)
            arg[n++] = a;
        else
            n++;
    if (n != 6) {
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_fpclassify'");
        return num(0, e->loc);
    }
    for (int i = 0; i < 6; i++)
        arg[i]->next = NULL;
    Node *set, *c = once(classify(arg[5]), ty_basic(TY_INT), &set);
    static const int order[4] = {C_NAN, C_INFINITE, C_NORMAL, C_SUBNORMAL};
    Node *v = arg[4];
    for (int i = 3; i >= 0; i--)
        v = cond(new_binary(OP_EQ, copy_var(c), num(order[i], e->loc), e->loc), arg[i], v);
    return new_comma(set, v);
}

/* the comparisons that are false (and quiet) for unordered operands */
static Node *comparison(const char *base, Node *e)
{
    static const struct { const char *name; int op; } ops[] = {
        {"isgreater", '>'}, {"isgreaterequal", OP_GE}, {"isless", '<'},
        {"islessequal", OP_LE}, {"islessgreater", 0}, {"isunordered", 1},
    };
    int i = 0;
    while (i < 6 && strcmp(base, ops[i].name))
        i++;
    if (i == 6)
        return NULL;
    Node *a = e->b, *b = a ? a->next : NULL;
    if (!b || b->next) {
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_%s'", base);
        return num(0, e->loc);
    }
    a->next = NULL;
    if (ops[i].op > 1)
        return new_binary(ops[i].op, a, b, e->loc);
    Node *sa, *sb;
    Node *va = once(a, ty_basic(TY_FLOAT), &sa), *vb = once(b, ty_basic(TY_FLOAT), &sb);
    Node *r;
    if (ops[i].op == 0) { /* a < b || a > b */
        r = new_node(ND_LOGOR, e->loc);
        r->a = new_binary('<', va, vb, e->loc);
        r->b = new_binary('>', copy_var(va), copy_var(vb), e->loc);
    } else { /* a != a || b != b */
        r = new_node(ND_LOGOR, e->loc);
        r->a = new_binary(OP_NE, va, copy_var(va), e->loc);
        r->b = new_binary(OP_NE, vb, copy_var(vb), e->loc);
    }
    return new_comma(sa, new_comma(sb, r));
}

static bool is_constant_name(const char *s, bool *is_nan)
{
    *is_nan = strcmp(s, "nan") == 0 || strcmp(s, "nans") == 0;
    return *is_nan || strcmp(s, "inf") == 0 || strcmp(s, "huge_val") == 0;
}

/* A constant: inf, huge_val, nan, nans with an optional f, l or f32 suffix. */
static Node *constant(const char *name, Node *e)
{
    size_t len = strlen(name);
    int kind = TY_DOUBLE;
    char base[16];
    bool is_nan;
    if (len >= sizeof base)
        return NULL;
    memcpy(base, name, len + 1);
    if (!is_constant_name(base, &is_nan)) {
        if (len > 3 && strcmp(base + len - 3, "f32") == 0) { /* _Float32 */
            kind = TY_FLOAT32;
            base[len - 3] = 0;
        } else if (len >= 2 && (base[len - 1] == 'f' || base[len - 1] == 'l')) {
            kind = base[len - 1] == 'f' ? TY_FLOAT : TY_LDOUBLE;
            base[len - 1] = 0;
        } else {
            return NULL;
        }
        if (!is_constant_name(base, &is_nan))
            return NULL;
    }
    int want = is_nan ? 1 : 0, n = 0;
    for (Node *a = e->b; a; a = a->next) {
        Node *next = a->next;
        a = sema_expr_unevaluated(a);
        a->next = next;
        n++;
    }
    if (n != want)
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_%s'", name);
    return fnum(is_nan ? (double)NAN : (double)INFINITY, kind, e->loc);
}

/* The floating-point builtins (name without "__builtin_"), checked; NULL if name is
 * none of them. */
Node *sema_fp_builtin(Node *e, const char *name)
{
    Node *c = constant(name, e);
    if (c)
        return c;
    if (strcmp(name, "fpclassify") == 0)
        return sema_expr(builtin_fpclassify(e));
    c = comparison(name, e);
    if (c)
        return sema_expr(c);
    char base[16];
    size_t len = strlen(name);
    if (len >= sizeof base)
        return NULL;
    memcpy(base, name, len + 1);
    if (!is_classification(base)) {
        if (len < 2 || (base[len - 1] != 'f' && base[len - 1] != 'l'))
            return NULL;
        base[len - 1] = 0;
        if (!is_classification(base))
            return NULL;
    }
    if (!e->b || e->b->next) {
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_%s'", name);
        return num(0, e->loc);
    }
    return sema_expr(classification(base, e->b, e->loc));
}
