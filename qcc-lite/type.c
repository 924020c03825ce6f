/* type.c - C types on the QPU: every scalar is one 32-bit word (long long two),
 * so sizes are in words; predicates, the usual arithmetic conversions, printing.
 */
#include <string.h>

#include "qcc.h"

Type *ty_basic(int kind)
{
    Type *t = arena_alloc(sizeof *t);
    t->kind = kind;
    t->len = -1;
    return t;
}

/* The type gcc gives a long long bit-field wider than an int: `bits` value bits, so
 * arithmetic in it wraps at bit `bits` (ty_common: wider than int, narrower than a full
 * long long). */
Type *ty_llbits(bool is_unsigned, int bits)
{
    Type *t = ty_basic(is_unsigned ? TY_ULLONG : TY_LLONG);
    t->prec = bits;
    return t;
}

Type *ty_ptr(Type *base)
{
    Type *t = ty_basic(TY_PTR);
    t->base = base;
    return t;
}

Type *ty_array(Type *base, long len)
{
    Type *t = ty_basic(TY_ARRAY);
    t->base = base;
    t->len = len;
    return t;
}

Type *ty_func(Type *ret, Param *params, bool variadic, bool oldstyle)
{
    Type *t = ty_basic(TY_FUNC);
    t->base = ret;
    t->params = params;
    t->variadic = variadic;
    t->oldstyle = oldstyle;
    return t;
}

Type *ty_qual(Type *t, int quals)
{
    if ((t->quals | quals) == t->quals)
        return t;
    Type *c = arena_alloc(sizeof *c);
    *c = *t;
    c->quals |= quals;
    /* C11 6.7.3p9: a qualified array type (`const T` with T an array typedef) has
       qualified elements; the array keeps the qualifiers too, as in C23 */
    if (c->kind == TY_ARRAY)
        c->base = ty_qual(c->base, quals & (Q_CONST | Q_VOLATILE | Q_RESTRICT));
    return c;
}

Type *ty_unqual(Type *t)
{
    if (!t->quals)
        return t;
    Type *c = arena_alloc(sizeof *c);
    *c = *t;
    c->quals = 0;
    return c;
}

int ty_size(Type *t)
{
    switch (t->kind) {
    case TY_VOID: case TY_FUNC:
        return -1;
    case TY_LLONG: case TY_ULLONG:
        return 2;
    case TY_ARRAY: {
        if (t->vla)
            return 1; /* a variable-length array: its size is at run time (sema_vla.c) */
        int e = ty_size(t->base);
        return t->len < 0 || e < 0 ? -1 : (int)(t->len * e);
    }
    case TY_STRUCT: case TY_UNION:
        return t->tag->complete ? t->tag->size : -1;
    case TY_COMPLEX:
        return 2 * ty_size(t->base);
    case TY_VECTOR:
        return (int)t->len * ty_size(t->base);
    default:
        return 1;
    }
}

bool ty_is_integer(Type *t)
{
    return (t->kind >= TY_BOOL && t->kind <= TY_ULLONG) || t->kind == TY_ENUM;
}

bool ty_is_float(Type *t)
{
    return t->kind == TY_FLOAT || t->kind == TY_DOUBLE || t->kind == TY_LDOUBLE ||
           t->kind == TY_FLOAT32;
}

bool ty_is_arith(Type *t) { return ty_is_integer(t) || ty_is_float(t); }
bool ty_is_ptr(Type *t) { return t->kind == TY_PTR; }
bool ty_is_scalar(Type *t) { return ty_is_arith(t) || ty_is_ptr(t); }
bool ty_is_record(Type *t) { return t->kind == TY_STRUCT || t->kind == TY_UNION; }

bool ty_is_signed(Type *t)
{
    switch (t->kind) {
    case TY_CHAR: case TY_SCHAR: case TY_SHORT: case TY_INT: case TY_LONG: case TY_LLONG:
        return true;
    case TY_ENUM:
        return !(t->tag && t->tag->enum_unsigned);
    default:
        return ty_is_float(t);
    }
}

bool ty_is_complete(Type *t)
{
    return ty_size(t) >= 0;
}

int ty_rank(Type *t)
{
    switch (t->kind) {
    case TY_BOOL: return 0;
    case TY_CHAR: case TY_SCHAR: case TY_UCHAR: return 1;
    case TY_SHORT: case TY_USHORT: return 2;
    case TY_INT: case TY_UINT: case TY_ENUM: return 3;
    case TY_LONG: case TY_ULONG: return 4;
    default: return 5;
    }
}

/* Integer promotions. Every type is one word, so an unsigned char or short cannot be
 * represented in int and promotes to unsigned int. */
Type *ty_promote(Type *t)
{
    switch (t->kind) {
    case TY_BOOL: case TY_CHAR: case TY_SCHAR: case TY_SHORT:
        return ty_basic(TY_INT);
    case TY_ENUM:
        return ty_basic(ty_is_signed(t) ? TY_INT : TY_UINT);
    case TY_UCHAR: case TY_USHORT:
        return ty_basic(TY_UINT);
    default:
        return ty_unqual(t);
    }
}

/* The usual arithmetic conversions. */
Type *ty_common(Type *a, Type *b)
{
    /* every floating type is binary32: the interchange type _Float32 wins (C23 6.3.1.8),
       then long double, double, float */
    if (ty_is_float(a) || ty_is_float(b))
        return ty_basic(a->kind == TY_FLOAT32 || b->kind == TY_FLOAT32 ? TY_FLOAT32
                        : a->kind == TY_LDOUBLE || b->kind == TY_LDOUBLE ? TY_LDOUBLE
                        : a->kind == TY_DOUBLE || b->kind == TY_DOUBLE ? TY_DOUBLE : TY_FLOAT);
    a = ty_promote(a);
    b = ty_promote(b);
    if (a->prec || b->prec) {
        /* a wide bit-field's type: the more value bits win, unsigned at a tie */
        int pa = ty_is_ll(a) ? (a->prec ? a->prec : 64) : 32;
        int pb = ty_is_ll(b) ? (b->prec ? b->prec : 64) : 32;
        if (pa != pb)
            return pa > pb ? a : b;
        return ty_is_signed(a) ? b : a;
    }
    if (a->kind == b->kind)
        return a;
    int ra = ty_rank(a), rb = ty_rank(b);
    bool ua = !ty_is_signed(a), ub = !ty_is_signed(b);
    if (ua == ub)
        return ra >= rb ? a : b;
    /* one unsigned: all are one word, so the unsigned type of the higher rank wins */
    Type *u = ua ? a : b, *s = ua ? b : a;
    if (ty_rank(u) >= ty_rank(s))
        return u;
    if (ty_size(s) > ty_size(u))
        return s;
    switch (s->kind) {
    case TY_LONG: return ty_basic(TY_ULONG);
    case TY_LLONG: return ty_basic(TY_ULLONG);
    default: return ty_basic(TY_UINT);
    }
}

bool ty_compatible(Type *a, Type *b)
{
    if (a == b)
        return true;
    if (a->kind != b->kind) {
        /* an enum is compatible with int (and, leniently, with unsigned int, the
           underlying type gcc gives an enum with no negative enumerator) */
        int k = a->kind == TY_ENUM ? b->kind : b->kind == TY_ENUM ? a->kind : -1;
        if (k == TY_INT || k == TY_UINT)
            return true;
        return false;
    }
    switch (a->kind) {
    case TY_PTR:
        return ty_compatible(a->base, b->base) && (a->base->quals == b->base->quals);
    case TY_ARRAY:
        return ty_compatible(a->base, b->base) && (a->len < 0 || b->len < 0 || a->len == b->len);
    case TY_STRUCT: case TY_UNION: case TY_ENUM:
        return a->tag == b->tag;
    case TY_COMPLEX:
        return a->base->kind == b->base->kind;
    case TY_VECTOR:
        return a->len == b->len && a->base->kind == b->base->kind;
    case TY_FUNC: {
        if (!ty_compatible(a->base, b->base))
            return false;
        if (a->oldstyle || b->oldstyle)
            return true;
        Param *p = a->params, *q = b->params;
        for (; p && q; p = p->next, q = q->next)
            if (!ty_compatible(ty_unqual(p->ty), ty_unqual(q->ty)))
                return false;
        return !p && !q && a->variadic == b->variadic;
    }
    default:
        return true;
    }
}

/* A complex type of element type elem (sema_complex.c checks elem). */
Type *ty_complex(Type *elem)
{
    Type *t = ty_basic(TY_COMPLEX);
    t->base = ty_unqual(elem);
    return t;
}

bool ty_is_complex(Type *t) { return t->kind == TY_COMPLEX; }

/* A GNU vector of count elements of type elem (sema_vector.c checks both). */
Type *ty_vector(Type *elem, long count)
{
    Type *t = ty_basic(TY_VECTOR);
    t->base = ty_unqual(elem);
    t->len = count;
    return t;
}

bool ty_is_vector(Type *t) { return t->kind == TY_VECTOR; }

Member *ty_find_member(Type *t, const char *name, int *offset)
{
    for (Member *m = t->tag->members; m; m = m->next) {
        if (m->name && strcmp(m->name, name) == 0) {
            *offset = m->offset;
            return m;
        }
        if (!m->name && ty_is_record(m->ty)) {
            int inner;
            Member *f = ty_find_member(m->ty, name, &inner);
            if (f) {
                *offset = m->offset + inner;
                return f;
            }
        }
    }
    return NULL;
}

static void type_to_str(Type *t, struct buf *b);

static void put(struct buf *b, const char *s) { buf_append(b, s, strlen(s)); }

static const char *basic_name(int kind)
{
    static const char *names[] = {
        "void", "_Bool", "char", "signed char", "unsigned char", "short",
        "unsigned short", "int", "unsigned int", "long", "unsigned long", "long long",
        "unsigned long long", "float", "double", "long double", "_Float32",
    };
    return kind < (int)(sizeof names / sizeof names[0]) ? names[kind] : "?";
}

static void type_to_str(Type *t, struct buf *b);

/* "(int, char *)", "(void)", "(int, ...)", or "()" for an old-style function. */
static void params_to_str(Type *f, struct buf *b)
{
    put(b, "(");
    if (!f->params && !f->variadic)
        put(b, f->oldstyle ? "" : "void");
    for (Param *p = f->params; p; p = p->next) {
        type_to_str(p->ty, b);
        if (p->next || f->variadic)
            put(b, ", ");
    }
    if (f->variadic)
        put(b, "...");
    put(b, ")");
}

static void type_to_str(Type *t, struct buf *b)
{
    if (t->quals & Q_CONST)
        put(b, "const ");
    if (t->quals & Q_VOLATILE)
        put(b, "volatile ");
    switch (t->kind) {
    case TY_PTR:
        if (t->base->kind == TY_FUNC) {
            type_to_str(t->base->base, b);
            put(b, " (*)");
            params_to_str(t->base, b);
        } else {
            type_to_str(t->base, b);
            put(b, " *");
        }
        break;
    case TY_ARRAY:
        type_to_str(t->base, b);
        put(b, t->len >= 0 ? arena_printf("[%ld]", t->len) : "[]");
        break;
    case TY_FUNC:
        type_to_str(t->base, b);
        params_to_str(t, b);
        break;
    case TY_COMPLEX:
        put(b, "complex ");
        type_to_str(t->base, b);
        break;
    case TY_VECTOR: /* gcc's spelling: the element count, then the element type */
        put(b, arena_printf("__vector(%ld) ", t->len));
        type_to_str(t->base, b);
        break;
    case TY_STRUCT: case TY_UNION: case TY_ENUM:
        put(b, t->kind == TY_STRUCT ? "struct " : t->kind == TY_UNION ? "union " : "enum ");
        put(b, t->tag->name ? t->tag->name : "<anonymous>");
        break;
    default:
        put(b, basic_name(t->kind));
        if (t->prec)
            put(b, arena_printf(":%d", t->prec));
    }
}

const char *ty_str(Type *t)
{
    struct buf b = {0};
    type_to_str(t, &b);
    char *s = arena_alloc(b.len + 1);
    memcpy(s, b.data, b.len);
    buf_free(&b);
    return s;
}
