/* sema_fold.c - constant folding for the semantic pass: integer constants reduced to
 * their type's width, integer and 64-bit operations on constants, floating operations
 * done as the machine does them (binary32), and comparisons of constants.
 */
#include "qcc.h"

Node *sema_make_num(int64_t v, Type *ty, Loc loc)
{
    Node *n = new_node(ND_NUM, loc);
    n->ival = v;
    n->ty = ty;
    n->is_const = true;
    return n;
}

/* Reduces a value to what the type holds (all integers are 32 bits). */
int64_t sema_wrap(int64_t v, Type *ty)
{
    if (ty->kind == TY_BOOL)
        return v != 0;
    if (ty_is_ll(ty) && ty->prec) { /* a wide bit-field's type (ty_llbits) */
        int drop = 64 - ty->prec;
        uint64_t u = (uint64_t)v << drop;
        return ty_is_signed(ty) ? (int64_t)u >> drop : (int64_t)(u >> drop);
    }
    if (ty_is_ll(ty))
        return v;
    return ty_is_signed(ty) ? (int64_t)(int32_t)(uint32_t)v : (int64_t)(uint32_t)v;
}

/* A floating constant converted to integer type ty. Out of range is undefined in C;
 * like gcc's folding, the value saturates (a NaN gives 0). */
int64_t sema_float_to_int(double v, Type *ty)
{
    if (ty->kind == TY_BOOL)
        return v != 0;
    if (v != v)
        return 0;
    bool sg = ty_is_signed(ty), ll = ty_is_ll(ty);
    double lo = sg ? (ll ? -9223372036854775808.0 : -2147483648.0) : 0.0;
    double hi = ll ? (sg ? 9223372036854775808.0 : 18446744073709551616.0)
                   : (sg ? 2147483648.0 : 4294967296.0);
    if (v <= lo)
        return sg ? (ll ? INT64_MIN : INT32_MIN) : 0;
    if (v >= hi)
        return ll ? (sg ? INT64_MAX : (int64_t)UINT64_MAX) : (sg ? INT32_MAX : (int64_t)UINT32_MAX);
    return ll && !sg && v >= 9223372036854775808.0 ? (int64_t)(uint64_t)v : (int64_t)v;
}

static int64_t fold_binary_ll(int op, int64_t a, int64_t b, Type *ty, bool *ok)
{
    bool sg = ty_is_signed(ty);
    uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
    switch (op) {
    case '+': return (int64_t)(ua + ub);
    case '-': return (int64_t)(ua - ub);
    case '*': return (int64_t)(ua * ub);
    case '/': case '%':
        if (ub == 0) { *ok = false; return 0; }
        if (sg) {
            if (a == INT64_MIN && b == -1)
                return op == '/' ? a : 0;
            return op == '/' ? a / b : a % b;
        }
        return (int64_t)(op == '/' ? ua / ub : ua % ub);
    case '&': return (int64_t)(ua & ub);
    case '|': return (int64_t)(ua | ub);
    case '^': return (int64_t)(ua ^ ub);
    case OP_SHL: return (int64_t)(ua << (ub & 63));
    case OP_SHR: return sg ? a >> (ub & 63) : (int64_t)(ua >> (ub & 63));
    default: *ok = false; return 0;
    }
}

int64_t sema_fold_binary(int op, int64_t a, int64_t b, Type *ty, bool *ok)
{
    if (ty_is_ll(ty))
        return sema_wrap(fold_binary_ll(op, a, b, ty, ok), ty);
    bool sg = ty_is_signed(ty);
    uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
    int32_t sa = (int32_t)ua, sb = (int32_t)ub;
    switch (op) {
    case '+': return sema_wrap((int64_t)ua + ub, ty);
    case '-': return sema_wrap((int64_t)ua - ub, ty);
    case '*': return sema_wrap((int64_t)((uint64_t)ua * ub), ty);
    case '/': case '%':
        if (ub == 0) { *ok = false; return 0; }
        if (sg) {
            if (sa == INT32_MIN && sb == -1)
                return op == '/' ? sa : 0;
            return op == '/' ? sa / sb : sa % sb;
        }
        return op == '/' ? ua / ub : ua % ub;
    case '&': return sema_wrap(ua & ub, ty);
    case '|': return sema_wrap(ua | ub, ty);
    case '^': return sema_wrap(ua ^ ub, ty);
    case OP_SHL: return sema_wrap((uint32_t)(ua << (ub & 31)), ty);
    case OP_SHR: return sg ? (int64_t)(sa >> (ub & 31)) : (int64_t)(ua >> (ub & 31));
    default: *ok = false; return 0;
    }
}

/* A floating operation on two constants, done as the machine does it (binary32: the
 * exact result rounded once); left alone when the result is a NaN, whose bits are the
 * machine's business. Makes `double d = 1.0 / 3.0;` a constant initializer. */
Node *sema_fold_float(Node *e)
{
    float a = (float)e->a->fval, b = (float)e->b->fval, r;
    switch (e->op) {
    case '+': r = (float)((double)a + (double)b); break;
    case '-': r = (float)((double)a - (double)b); break;
    case '*': r = (float)((double)a * (double)b); break;
    case '/':
        if (b == 0)
            return e; /* as the machine does it, at run time */
        r = (float)((double)a / (double)b);
        break;
    default: return e;
    }
    if (r != r)
        return e;
    Node *f = new_node(ND_FNUM, e->loc);
    f->fval = r;
    f->ty = e->ty;
    return f;
}

int64_t sema_fold_compare(int op, int64_t a, int64_t b, Type *ty)
{
    bool sg = ty_is_signed(ty);
    if (ty_is_ll(ty)) {
        uint64_t ux = (uint64_t)a, uy = (uint64_t)b;
        switch (op) {
        case '<': return sg ? a < b : ux < uy;
        case '>': return sg ? a > b : ux > uy;
        case OP_LE: return sg ? a <= b : ux <= uy;
        case OP_GE: return sg ? a >= b : ux >= uy;
        case OP_EQ: return a == b;
        default: return a != b;
        }
    }
    int64_t x = sg ? (int64_t)(int32_t)(uint32_t)a : (int64_t)(uint32_t)a;
    int64_t y = sg ? (int64_t)(int32_t)(uint32_t)b : (int64_t)(uint32_t)b;
    switch (op) {
    case '<': return x < y;
    case '>': return x > y;
    case OP_LE: return x <= y;
    case OP_GE: return x >= y;
    case OP_EQ: return x == y;
    default: return x != y;
    }
}
