/* sema_init.c - initializers: brace lists with designators and brace elision, string
 * initializers and compound literals are flattened to (word offset, value) items;
 * static initializers are checked to be constants or address constants.
 */
#include <string.h>

#include "qcc.h"

typedef struct Init {
    Node *items;        /* flattened result */
    Node *last;
    bool is_static;
    int extent;         /* highest word offset written + 1 */
    int bit_offset, bit_width; /* the next item is this bit-field */
    Type *top;          /* the type of the object being initialized */
    int fam_end;        /* word offset of its flexible array member, or -1 */
    struct UnionMember *unions; /* the member each union subobject holds so far */
} Init;

typedef struct UnionMember {
    struct UnionMember *next;
    int off;
    Tag *tag;
    Member *m;
} UnionMember;

typedef struct Cursor {
    Node *cur;          /* next initializer of the brace list being consumed */
} Cursor;

static void init_value(Init *in, Type *t, int off, Node *init);
static void init_list(Init *in, Type *t, int off, Cursor *it, bool braced);
static Node *continue_from(Node *value, Node *rest);

Node *sema_expr_once(Node *e)
{
    if (!e->body) {
        e->body = sema_expr(e);
        e->body->body = e->body; /* the checked node maps to itself */
    }
    return e->body;
}

static void add_item(Init *in, int off, Node *value, int size)
{
    Node *item = new_node(ND_DESIG_INIT, value->loc);
    item->ival = off;
    item->a = value;
    item->bit_offset = in->bit_offset;
    item->bit_width = in->bit_width;
    in->bit_offset = in->bit_width = 0;
    if (in->last)
        in->last->next = item;
    else
        in->items = item;
    in->last = item;
    if (off + size > in->extent)
        in->extent = off + size;
    int64_t v;
    const char *sym;
    bool whole = ty_is_record(value->ty) || ty_is_vector(value->ty);
    if (in->is_static && !whole && !sema_static_value(value, &v, &sym))
        diag_error_at(value->loc, "initializer element is not constant");
    if (in->is_static && whole)
        diag_error_at(value->loc, "initializer element is not constant");
}

/* An initializer for a whole subobject [off, off + size) overrides everything listed
 * earlier for any part of it (C11 6.7.9p19; `{ .a.x = 1, .a = { .y = 2 } }` leaves
 * a.x zero, as in gcc): the earlier items are dropped. */
static void clear_range(Init *in, int off, int size)
{
    if (in->extent <= off) /* nothing written there yet (the common, in-order case) */
        return;
    Node *prev = NULL;
    for (Node *it = in->items; it; it = it->next) {
        if (it->ival >= off && it->ival < off + size) {
            if (prev)
                prev->next = it->next;
            else
                in->items = it->next;
            if (in->last == it)
                in->last = prev;
        } else {
            prev = it;
        }
    }
}

/* Member m of the union t at off is initialized: if the union held another member,
 * its value is gone (gcc keeps only the last member initialized). */
static void union_select(Init *in, Type *t, int off, Member *m)
{
    UnionMember *u = in->unions;
    while (u && !(u->off == off && u->tag == t->tag))
        u = u->next;
    if (!u) {
        u = arena_alloc(sizeof *u);
        u->off = off;
        u->tag = t->tag;
        u->next = in->unions;
        in->unions = u;
    } else if (u->m != m) {
        clear_range(in, off, ty_size(t));
    }
    u->m = m;
}

static bool is_char_type(Type *t)
{
    return t->kind == TY_CHAR || t->kind == TY_SCHAR || t->kind == TY_UCHAR ||
           t->kind == TY_INT || t->kind == TY_UINT || t->kind == TY_SHORT ||
           t->kind == TY_USHORT || t->kind == TY_LONG || t->kind == TY_ULONG;
}

static bool is_string_init(Type *t, Node *init)
{
    return t->kind == TY_ARRAY && is_char_type(t->base) && init->kind == ND_STR;
}

static void init_string(Init *in, Type *t, int off, Node *str)
{
    if (t->len >= 0)
        clear_range(in, off, ty_size(t));
    int n = str->strlen;
    if (t->len >= 0 && n > t->len) {
        if (n - 1 > t->len)
            diag_warning_at(str->loc, "initializer-string for array is too long");
        n = (int)t->len;
    }
    for (int i = 0; i < n; i++) {
        Node *c = new_node(ND_NUM, str->loc);
        c->ival = str->str[i];
        c->ty = ty_unqual(t->base);
        c->is_const = true;
        add_item(in, off + i, c, 1);
    }
    if (t->len < 0 && off + n > in->extent)
        in->extent = off + n;
}

/* Whether compound literal e has the type t (a struct or union; an array only in a
 * static initializer, as with gcc). */
static bool compound_literal_fits(Init *in, Type *t, Node *e)
{
    if (ty_is_vector(t)) {
        Type *vt = sema_decl_type(e->a->spec, e->a->decl, e->a->loc);
        return ty_is_vector(vt) && ty_compatible(ty_unqual(vt), ty_unqual(t));
    }
    if (!ty_is_record(t) && !(in->is_static && t->kind == TY_ARRAY))
        return false;
    Type *ct = sema_decl_type(e->a->spec, e->a->decl, e->a->loc);
    if (ty_is_record(t))
        return ty_is_record(ct) && ct->tag == t->tag;
    return t->kind == TY_ARRAY && ct->kind == TY_ARRAY && ty_compatible(t->base, ct->base) &&
           (ct->len < 0 || t->len < 0 || ct->len == t->len);
}

static void init_value(Init *in, Type *t, int off, Node *init);

/* GNU `(union u) x` initializing a union u: the brace list `{ .m = x }` for the member
 * m of x's type (as sema_union_cast chooses it), so that it is constant when x is, also
 * in static objects. NULL when init is not such a cast. */
static Node *union_cast_list(Type *t, Node *init)
{
    if (init->kind != ND_CAST || t->kind != TY_UNION || !t->tag->complete)
        return NULL;
    Type *ct = sema_decl_type(init->b->spec, init->b->decl, init->b->loc);
    if (ct->kind != TY_UNION || ct->tag != t->tag)
        return NULL;
    Node *v = sema_expr_once(init->a);
    Type *vt = ty_unqual(v->ty);
    if (ty_is_record(vt) && vt->tag == t->tag)
        return NULL;
    Member *m = t->tag->members;
    while (m && !(m->name && !m->bit_width && ty_compatible(ty_unqual(m->ty), vt) &&
                  m->ty->kind == vt->kind))
        m = m->next;
    if (!m)
        return NULL; /* sema_union_cast reports it */
    Node *field = new_node(ND_DESIG_FIELD, init->loc);
    field->name = m->name;
    Node *item = new_node(ND_DESIG_INIT, init->loc);
    item->a = field;
    item->b = init->a;
    Node *list = new_node(ND_INIT_LIST, init->loc);
    list->a = item;
    return list;
}

/* A complex object: `{ re, im }` (GNU), or a value whose parts are known (constant ones
 * in static objects) as two items, or any other value as one. */
static void init_complex(Init *in, Type *t, int off, Node *init)
{
    Type *el = t->base;
    int esz = ty_size(el);
    if (init->kind == ND_INIT_LIST && init->a && !init->a->next) {
        init_complex(in, t, off, init->a);
        return;
    }
    if (init->kind == ND_INIT_LIST) {
        Node *re = init->a, *im = re->next;
        init_value(in, el, off, re);
        init_value(in, el, off + esz, im);
        if (im->next)
            diag_warning_at(im->next->loc, "excess elements in initializer");
        return;
    }
    Node *e = sema_assign_convert(sema_expr_once(init), ty_unqual(t), "initialization");
    if (e->kind == ND_COMPLEX_MAKE) {
        add_item(in, off, e->a, esz);
        add_item(in, off + esz, e->b, esz);
        return;
    }
    add_item(in, off, e, ty_size(t)); /* not constant in a static object */
}

/* One initializer (a brace list or an expression) for an object of type t. */
static void init_value(Init *in, Type *t, int off, Node *init)
{
    if (ty_is_complex(t)) {
        if (init->kind == ND_INIT_LIST && !init->a)
            diag_error_at(init->loc, "empty scalar initializer");
        else
            init_complex(in, t, off, init);
        return;
    }
    if (init->kind == ND_INIT_LIST && init->a && !init->a->next && is_string_init(t, init->a)) {
        init_string(in, t, off, init->a); /* `char s[] = { "abc" };` (C11 6.7.9p14) */
        return;
    }
    if (init->kind == ND_INIT_LIST) {
        if (ty_is_scalar(t) && !init->a) {
            diag_error_at(init->loc, "empty scalar initializer");
            return;
        }
        if (t->kind == TY_ARRAY && t->len >= 0)
            clear_range(in, off, ty_size(t));
        else if (ty_is_record(t) || ty_is_vector(t))
            clear_range(in, off, ty_size(t));
        Cursor it = {init->a};
        init_list(in, t, off, &it, true);
        if (it.cur)
            diag_warning_at(it.cur->loc, "excess elements in initializer");
        return;
    }
    if (is_string_init(t, init)) {
        init_string(in, t, off, init);
        return;
    }
    Node *as_list = union_cast_list(t, init);
    if (as_list) {
        init_value(in, t, off, as_list);
        return;
    }
    if (init->kind == ND_COMPOUND_LIT && compound_literal_fits(in, t, init)) {
        /* GNU C: a compound literal of the object's type initializes it like its brace
         * list (each value is still evaluated once), also in static initializers, and
         * there also for arrays: `struct S s = (struct S){1, 2};`,
         * `static int a[2] = (int[]){3, 4};` */
        Node *list = new_node(ND_INIT_LIST, init->loc);
        list->a = init->b;
        init_value(in, t, off, list);
        Type *ct = sema_decl_type(init->a->spec, init->a->decl, init->a->loc);
        if (t->kind == TY_ARRAY && t->len < 0 && ct->len > 0 && off + ty_size(ct) > in->extent)
            in->extent = off + ty_size(ct); /* `int d[] = (int [3]){ 1 };` has 3 elements */
        return;
    }
    if (t->kind == TY_ARRAY) {
        diag_error_at(init->loc, "array must be initialized with a brace-enclosed initializer");
        return;
    }
    Node *e = sema_expr_once(init);
    if (ty_is_vector(t) && ty_is_vector(e->ty))
        clear_range(in, off, ty_size(t));
    if (ty_is_record(t)) {
        if (ty_is_record(e->ty) && e->ty->tag == t->tag) {
            clear_range(in, off, ty_size(t));
            add_item(in, off, e, ty_size(t));
            return;
        }
        /* a scalar for the first member: brace elision */
        Cursor it = {continue_from(init, NULL)};
        init_list(in, t, off, &it, false);
        return;
    }
    add_item(in, off, sema_assign_convert(e, ty_unqual(t), "initialization"), ty_size(t));
}

/* The element of type t at off takes the next initializer(s) of the list. */
static void init_elem(Init *in, Type *t, int off, Cursor *it)
{
    Node *n = it->cur;
    bool whole = n->kind == ND_INIT_LIST || ty_is_scalar(t) || ty_is_complex(t) ||
                 is_string_init(t, n) || union_cast_list(t, n) ||
                 (n->kind == ND_COMPOUND_LIT && compound_literal_fits(in, t, n));
    if (!whole && ty_is_record(t)) {
        Node *e = sema_expr_once(n);
        whole = ty_is_record(e->ty) && e->ty->tag == t->tag;
    }
    if (!whole && ty_is_vector(t))
        whole = ty_is_vector(sema_expr_once(n)->ty);
    if (whole) {
        it->cur = n->next;
        init_value(in, t, off, n);
    } else {
        init_list(in, t, off, it, false);
    }
}

/* A copy of an initializer node in the arena whose list continues at `rest` (brace
 * elision from a designated or elided position takes the following items too). */
static Node *continue_from(Node *value, Node *rest)
{
    Node *one = new_node(value->kind, value->loc);
    *one = *value;
    one->next = rest;
    return one;
}

/* The designated subobject (type sub at suboff) takes `value`; when brace elision
 * applies, the items after it in *it too (C11 6.7.9p20). */
static void init_designated(Init *in, Type *sub, int suboff, Node *value, Cursor *it)
{
    if (value->kind == ND_INIT_LIST || ty_is_scalar(sub) || ty_is_complex(sub) ||
        is_string_init(sub, value)) {
        init_value(in, sub, suboff, value);
        return;
    }
    Node *one = continue_from(value, it->cur);
    Cursor c = {one};
    init_elem(in, sub, suboff, &c);
    it->cur = c.cur == one ? one->next : c.cur;
}

static void init_array_from(Init *in, Type *t, int off, Cursor *it, bool braced, long index);
static void init_record_from(Init *in, Type *t, int off, Cursor *it, bool braced, Member *m);

/* Evaluates `[lo]` or `[lo ... hi]`; false after an error. */
static bool designator_range(Type *t, Node *d, long *lo, long *hi)
{
    int64_t a = 0, b = 0;
    Node *e = sema_expr(d->a);
    bool ok = sema_eval_const(e, &a) && a >= 0 && (t->len < 0 || a < t->len);
    if (ok && d->b) {
        Node *f = sema_expr(d->b);
        ok = sema_eval_const(f, &b) && b >= a && (t->len < 0 || b < t->len);
    } else {
        b = a;
    }
    if (!ok) {
        diag_error_at(d->loc, "array index in initializer is not a valid constant index");
        return false;
    }
    *lo = (long)a;
    *hi = (long)b;
    return true;
}

/* Finds member `name` of record t; inside an anonymous member, *outer is that member. */
static Member *designated_member(Type *t, Node *d, Member **outer)
{
    *outer = NULL;
    for (Member *x = t->tag->members; x; x = x->next)
        if (x->name && strcmp(x->name, d->name) == 0)
            return x;
    int moff = 0;
    for (Member *x = t->tag->members; x; x = x->next)
        if (!x->name && ty_is_record(x->ty) && ty_find_member(x->ty, d->name, &moff)) {
            *outer = x;
            return x;
        }
    diag_error_at(d->loc, "'%s' has no member named '%s'", ty_str(t), d->name);
    return NULL;
}

/* After a designated subobject of t, the items that follow (without a designator)
 * continue with the next subobject of t (C11 6.7.9p17), without braces of their own. */
static void continue_after(Init *in, Type *t, int off, Cursor *it, long index, Member *m)
{
    if (t->kind == TY_ARRAY)
        init_array_from(in, t, off, it, false, index + 1);
    else if (t->kind == TY_STRUCT && m)
        init_record_from(in, t, off, it, false, m->next);
}

/* A designator chain `.a.b[2] = value` (or `[lo ... hi] = value`) within t at off:
 * sets *index (arrays) or *member (records) to the designated position in t. */
static void designate(Init *in, Type *t, int off, Node *d, Node *value, Cursor *it,
                      long *index, Member **member)
{
    if (d->kind == ND_DESIG_INDEX) {
        long lo, hi;
        if (t->kind != TY_ARRAY) {
            diag_error_at(d->loc, "array index in non-array initializer");
            return;
        }
        if (!designator_range(t, d, &lo, &hi))
            return;
        int es = ty_size(t->base);
        for (long i = lo; i <= hi; i++) {
            /* every element of a range takes the same value; only the last one may
             * continue into the items that follow */
            Cursor none = {NULL}, *c = i == hi ? it : &none;
            int suboff = off + (int)i * es;
            if (d->next) {
                long si = 0;
                Member *sm = NULL;
                designate(in, t->base, suboff, d->next, value, c, &si, &sm);
                continue_after(in, t->base, suboff, c, si, sm);
            } else {
                init_designated(in, t->base, suboff, value, c);
            }
        }
        *index = hi;
        return;
    }
    if (!ty_is_record(t)) {
        diag_error_at(d->loc, "field name not in record or union initializer");
        return;
    }
    Member *outer, *m = designated_member(t, d, &outer);
    if (!m)
        return;
    *member = outer ? outer : m;
    if (t->kind == TY_UNION)
        union_select(in, t, off, *member);
    if (outer) {
        /* a member of an anonymous struct/union member: designate inside it */
        long si = 0;
        Member *sm = NULL;
        designate(in, outer->ty, off + outer->offset, d, value, it, &si, &sm);
        continue_after(in, outer->ty, off + outer->offset, it, si, sm);
        return;
    }
    int suboff = off + m->offset;
    if (d->next) {
        long si = 0;
        Member *sm = NULL;
        designate(in, m->ty, suboff, d->next, value, it, &si, &sm);
        continue_after(in, m->ty, suboff, it, si, sm);
        return;
    }
    in->bit_offset = m->bit_offset;
    in->bit_width = m->bit_width;
    init_designated(in, m->ty, suboff, value, it);
}

/* GNU C: a flexible array member of a static object may be initialized; the object's
 * storage grows to hold the elements (sizeof is unchanged). Elsewhere it is an error. */
static void check_flexible_init(Init *in, int off, Loc loc)
{
    if (off != in->fam_end)
        diag_error_at(loc, "initialization of flexible array member in a nested context");
    else if (!in->is_static)
        diag_error_at(loc, "non-static initialization of a flexible array member");
}

static void init_array_from(Init *in, Type *t, int off, Cursor *it, bool braced, long index)
{
    int es = ty_size(t->base);
    Loc first = it->cur ? it->cur->loc : (Loc){0};
    while (it->cur) {
        Node *n = it->cur;
        if (n->kind == ND_DESIG_INIT) {
            if (!braced)
                return;
            it->cur = n->next;
            Member *unused = NULL;
            designate(in, t, off, n->a, n->b, it, &index, &unused);
            index++;
            continue;
        }
        if (t->len >= 0 && index >= t->len) {
            if (!braced)
                return;
            diag_warning_at(n->loc, "excess elements in array initializer");
            it->cur = NULL;
            return;
        }
        in->bit_offset = in->bit_width = 0;
        init_elem(in, t->base, off + (int)index * es, it);
        index++;
    }
    if (t->len < 0 && t != in->top && index > 0)
        check_flexible_init(in, off, first);
    if (t->len < 0 && off + index * es > in->extent)
        in->extent = off + (int)index * es;
}

static void init_array(Init *in, Type *t, int off, Cursor *it, bool braced)
{
    init_array_from(in, t, off, it, braced, 0);
}

static void init_record_from(Init *in, Type *t, int off, Cursor *it, bool braced, Member *m)
{
    while (it->cur) {
        Node *n = it->cur;
        if (n->kind == ND_DESIG_INIT) {
            if (!braced)
                return;
            it->cur = n->next;
            long unused = 0;
            Member *dm = NULL;
            designate(in, t, off, n->a, n->b, it, &unused, &dm);
            m = dm ? dm->next : NULL;
            if (t->kind == TY_UNION)
                m = NULL;
            continue;
        }
        if (!m) {
            if (!braced)
                return;
            diag_warning_at(n->loc, "excess elements in %s initializer",
                            t->kind == TY_UNION ? "union" : "struct");
            it->cur = NULL;
            return;
        }
        in->bit_offset = m->bit_offset;
        in->bit_width = m->bit_width;
        if (t->kind == TY_UNION)
            union_select(in, t, off, m);
        init_elem(in, m->ty, off + m->offset, it);
        m = t->kind == TY_UNION ? NULL : m->next;
    }
}

static void init_record(Init *in, Type *t, int off, Cursor *it, bool braced)
{
    init_record_from(in, t, off, it, braced, t->tag->members);
}

static void init_list(Init *in, Type *t, int off, Cursor *it, bool braced)
{
    if (!it->cur)
        return;
    if (t->kind == TY_ARRAY) {
        init_array(in, t, off, it, braced);
    } else if (ty_is_vector(t)) { /* like an array of its elements, no designators */
        for (Node *n = braced ? it->cur : NULL; n; n = n->next)
            if (n->kind == ND_DESIG_INIT) {
                diag_error_at(n->loc, "designator in initializer for vector type '%s'",
                              ty_str(t));
                it->cur = NULL;
                return;
            }
        init_array(in, ty_array(t->base, t->len), off, it, braced);
    } else if (ty_is_record(t)) {
        init_record(in, t, off, it, braced);
    } else {
        Node *n = it->cur;
        if (n->kind == ND_DESIG_INIT) {
            diag_error_at(n->loc, "designator in initializer for scalar type '%s'", ty_str(t));
            it->cur = NULL;
            return;
        }
        it->cur = n->next;
        init_value(in, t, off, n);
        if (braced && it->cur) {
            diag_warning_at(it->cur->loc, "excess elements in scalar initializer");
            it->cur = NULL;
        }
    }
}

Node *sema_initializer(Type **ty, Node *init, bool is_static)
{
    Init in = {0};
    in.is_static = is_static;
    Type *t = *ty;
    in.top = t;
    in.fam_end = -1;
    if (ty_is_record(t) && t->kind == TY_STRUCT && ty_is_complete(t)) {
        Member *m = t->tag->members;
        while (m && m->next)
            m = m->next;
        if (m && m->ty->kind == TY_ARRAY && m->ty->len < 0)
            in.fam_end = m->offset;
    }
    if (!ty_is_complete(t) && t->kind != TY_ARRAY) {
        diag_error_at(init->loc, "variable has incomplete type '%s'", ty_str(t));
        return NULL;
    }
    init_value(&in, t, 0, init);
    if (t->kind == TY_ARRAY && t->len < 0) {
        int es = ty_size(t->base);
        *ty = ty_array(t->base, es > 0 ? (in.extent + es - 1) / es : 0);
    }
    if (!in.items) {
        /* `= {}`: all zero; keep one marker item so the object counts as initialized */
        Node *z = new_node(ND_NUM, init->loc);
        z->ty = ty_basic(TY_INT);
        z->is_const = true;
        Node *item = new_node(ND_DESIG_INIT, init->loc);
        item->ival = -1;
        item->a = z;
        return item;
    }
    return in.items;
}

/* ---- static values ---- */

static bool static_address(Node *e, int64_t *off, const char **sym)
{
    switch (e->kind) {
    case ND_VAR:
        if (!e->sym->global)
            return false;
        *sym = e->sym->asm_name;
        return true;
    case ND_STR:
        *sym = sema_string_label(e);
        return true;
    case ND_COMPOUND_LIT:
        if (!e->sym->global)
            return false;
        *sym = e->sym->asm_name;
        return true;
    case ND_MEMBER:
        if (!static_address(e->a, off, sym))
            return false;
        *off += e->ival;
        return true;
    case ND_DEREF: /* also of a constant: `&((struct s *)16)->m` is 16 + m's offset */
        return sema_static_value(e->a, off, sym);
    default:
        return false;
    }
}

bool sema_static_value(Node *e, int64_t *val, const char **sym)
{
    *sym = NULL;
    *val = 0;
    if (e->is_const) {
        *val = e->ival;
        return true;
    }
    switch (e->kind) {
    case ND_FNUM: {
        float f = (float)e->fval;
        uint32_t bits;
        memcpy(&bits, &f, 4);
        *val = bits;
        return true;
    }
    case ND_CONV:
        if (ty_is_float(e->ty) != ty_is_float(e->a->ty) || e->ty->kind == TY_BOOL)
            return false;
        return sema_static_value(e->a, val, sym);
    case ND_DECAY: case ND_ADDR:
        return static_address(e->a, val, sym);
    case ND_LABEL_ADDR:
        if (!e->sym)
            return false;
        *sym = e->sym->asm_name;
        return true;
    case ND_BINARY:
        if (e->op == '+' || e->op == '-') {
            int64_t a, b;
            const char *sa, *sb;
            if (!sema_static_value(e->a, &a, &sa) || !sema_static_value(e->b, &b, &sb))
                return false;
            if (sb && sa && e->op == '-' && e->a->kind == ND_LABEL_ADDR &&
                e->b->kind == ND_LABEL_ADDR) {
                /* GNU: `&&a - &&b`, a constant qasm computes (docs/qasm-extensions.md) */
                *sym = arena_printf("%s-%s", sa, sb);
                *val = 0;
                return true;
            }
            if (sb || (sa && strstr(sa, "-@")))
                return false; /* no `&&a - &&b + n`: qasm has no such operand */
            *sym = sa;
            *val = e->op == '+' ? a + b : a - b;
            return true;
        }
        return false;
    default:
        return false;
    }
}

static int string_counter;

const char *sema_string_label(Node *str)
{
    if (!str->name) {
        str->name = arena_printf("@$str$%d", ++string_counter);
        Sym *s = arena_alloc(sizeof *s);
        s->kind = SYM_VAR;
        s->name = str->name;
        s->asm_name = str->name;
        s->ty = ty_array(sema_string_elem_type(str), str->strlen);
        s->global = true;
        s->storage = SC_STATIC;
        s->defined = true;
        s->readonly = true;
        s->reg = -1;
        Node *dummy_init = new_node(ND_STR, str->loc);
        *dummy_init = *str;
        dummy_init->next = NULL;
        Init in = {0};
        init_string(&in, s->ty, 0, str);
        s->init = in.items;
        symvec_push(&sema_globals, s);
    }
    return str->name;
}

static int literal_counter;

Node *sema_compound_literal(Node *e)
{
    Node *sizes; /* a variably modified type's sizes: computed before the literal */
    Type *t = sema_vla_type_name(e->a, &sizes);
    bool vla = t->vla; /* C11 6.5.2.5p1; also a struct with VLA members, as gcc */
    if (vla)
        diag_error_at(e->loc, "compound literal has variable size");
    Node *list = new_node(ND_INIT_LIST, e->loc);
    list->a = vla ? NULL : e->b; /* no follow-up errors from its initializer */
    Sym *s = arena_alloc(sizeof *s);
    s->kind = SYM_VAR;
    s->reg = -1;
    s->loc = e->loc;
    s->defined = true;
    s->addr_taken = true;
    bool global = sema_depth() <= 1;
    s->init = sema_initializer(&t, list, global);
    s->ty = t;
    s->name = arena_printf("$anon$%d", ++literal_counter);
    if (global) {
        s->global = true;
        s->storage = SC_STATIC;
        s->asm_name = asm_symbol(s->name);
        symvec_push(&sema_globals, s);
    } else {
        sema_add_local(s);
    }
    e->sym = s;
    e->ty = t;
    return sema_vla_before_lvalue(sizes, e);
}
