/* sema_objsize.c - __builtin_object_size(ptr, type) and __builtin_dynamic_object_size:
 * the words from ptr to the end of the object it points into (type 0, 2) or of the
 * closest enclosing subobject, a member (type 1, 3); types 0 and 1 give the largest
 * possible count, 2 and 3 the smallest; unknown is (size_t)-1 for 0 and 1, 0 for 2 and
 * 3. Sizes are in words, the unit of sizeof here.
 *
 * What is known is worked out from the expression at compile time: the address of a
 * variable, string literal or compound literal, of a member (its offset; a trailing
 * array member counts as flexible: the rest of the object), array decays, pointer
 * +/- a constant, `c ? p : q` (the larger or smaller of both). A local pointer whose
 * address is not taken is followed through its assignments in straight-line code (an
 * initialization, `p = expr`, `p += constant`, p++): malloc(n), calloc(n, m),
 * realloc(q, n) and alloca(n) with constant sizes give objects of that size (integer
 * locals set to constants count as constants), memcpy(d, ...), strcpy(d, ...) and the
 * like give d's object. The two arms of an if merge (larger and smaller sizes). The record
 * is dropped at every loop, switch and label (sema_objsize_forget), where gcc's
 * optimiser would still merge the paths: there the result is "unknown". As in gcc,
 * ptr is not evaluated, and one with side effects gives "unknown".
 *
 * The dynamic form is the same, plus sizes known at run time: a variable-length array
 * (its hidden size), malloc(n) etc. with a run-time n (saved in a hidden local when the
 * pointer is assigned), and p + i with a run-time i (the size less i); its operand is
 * then evaluated (it has no side effects). */
#include <string.h>

#include "qcc.h"

/* Remaining words from a pointer: in the whole object (max/min) and in the closest
 * subobject; dyn, when set, is the run-time count of the whole (and, without a
 * subobject of its own, of the subobject). */
typedef struct OS {
    bool whole, sub;
    int64_t wmax, wmin, smax, smin;
    Node *dyn;
    bool opaque; /* in a variable of unknown size: no subobject is known either */
} OS;

static const OS unknown;

static OS object(int64_t size)
{
    OS o = {true, true, size, size, size, size, NULL, false};
    return o;
}

static Type *size_t_type(void) { return ty_basic(TY_ULONG); }

static Node *minus(Node *a, Node *b, Loc loc)
{
    Node *n = new_binary('-', sema_convert(a, size_t_type()),
                         sema_convert(b, size_t_type()), loc);
    n->ty = size_t_type();
    return n;
}

static OS shift(OS o, int64_t d, Loc loc)
{
    o.wmax -= d, o.wmin -= d, o.smax -= d, o.smin -= d;
    if (o.dyn)
        o.dyn = minus(o.dyn, sema_make_num(d, size_t_type(), loc), loc);
    return o;
}

static OS merge(OS a, OS b)
{
    if (!a.whole || !b.whole)
        return unknown;
    OS o = a;
    o.opaque = a.opaque || b.opaque;
    o.wmax = a.wmax > b.wmax ? a.wmax : b.wmax;
    o.wmin = a.wmin < b.wmin ? a.wmin : b.wmin;
    o.sub = a.sub && b.sub;
    o.smax = a.smax > b.smax ? a.smax : b.smax;
    o.smin = a.smin < b.smin ? a.smin : b.smin;
    o.dyn = NULL;
    return o;
}

/* ---- the pointers followed through straight-line code ---- */

static struct Track {
    Sym *sym;
    OS os;           /* a pointer: the object it points into */
    bool known_int;  /* an integer: its value, when constant */
    int64_t ival;
} *tracked;
static int ntracked, captracked;
static bool dynamic; /* analysing for __builtin_dynamic_object_size */

static struct Track *track_of(Sym *s)
{
    for (int i = 0; i < ntracked; i++)
        if (tracked[i].sym == s)
            return &tracked[i];
    return NULL;
}

/* Forgets what is known of the variables a statement not yet analysed assigns or takes
 * the address of (a loop's body, condition and step: at its head and after it). */
static void forget_sym(Sym *s)
{
    for (int i = 0; i < ntracked; i++)
        if (tracked[i].sym == s)
            tracked[i] = tracked[--ntracked];
}

typedef struct Written { Sym *sym; struct Written *next; } Written;

/* The variables a statement not yet analysed (a parse tree) writes or takes the address
 * of, resolved in the scope around it. */
static void written_in(Node *n, Written **list)
{
    for (; n; n = n->next) {
        bool writes = n->kind == ND_ASSIGN || n->kind == ND_OPASSIGN || n->kind == ND_ADDR ||
                      n->kind == ND_PREINC || n->kind == ND_PREDEC || n->kind == ND_POSTINC ||
                      n->kind == ND_POSTDEC;
        Node *target = writes ? n->a : NULL;
        while (target && (target->kind == ND_MEMBER || target->kind == ND_INDEX))
            target = target->a;
        Sym *s = target && target->kind == ND_IDENT ? sema_lookup(target->name) : NULL;
        if (s) {
            Written *w = arena_alloc(sizeof *w);
            w->sym = s;
            w->next = *list;
            *list = w;
        }
        written_in(n->a, list), written_in(n->b, list), written_in(n->c, list);
        written_in(n->d, list), written_in(n->body, list);
    }
}

/* At a loop's head (before its parts are analysed): forgets what the loop may change,
 * and returns those variables for sema_objsize_loop_end. */
void *sema_objsize_loop_head(Node *loop)
{
    Written *list = NULL;
    written_in(loop->a, &list), written_in(loop->b, &list), written_in(loop->c, &list);
    for (Written *w = list; w; w = w->next)
        forget_sym(w->sym);
    return list;
}

/* After the loop, or after the parts analysed before its body: the same again. */
void sema_objsize_loop_end(void *written)
{
    for (Written *w = written; w; w = w->next)
        forget_sym(w->sym);
}

/* Forgets every pointer's object: control flow merges or jumps here. */
void sema_objsize_forget(void)
{
    ntracked = 0;
}

typedef struct Snapshot { int n; struct Track *v; } Snapshot;

/* The record as it is, before one arm of an if. */
void *sema_objsize_save(void)
{
    Snapshot *snap = arena_alloc(sizeof *snap);
    snap->n = ntracked;
    snap->v = arena_alloc(sizeof *snap->v * (size_t)(ntracked + 1));
    if (ntracked)
        memcpy(snap->v, tracked, sizeof *snap->v * (size_t)ntracked);
    return snap;
}

void sema_objsize_restore(void *saved)
{
    Snapshot *snap = saved;
    ntracked = 0;
    for (int i = 0; i < snap->n && ntracked < captracked; i++)
        tracked[ntracked++] = snap->v[i];
}

/* Where two arms meet: what both know (sizes merged, equal integers). */
void sema_objsize_join(void *other)
{
    Snapshot *snap = other;
    int kept = 0;
    for (int i = 0; i < ntracked; i++) {
        struct Track *o = NULL, t = tracked[i];
        for (int j = 0; j < snap->n; j++)
            if (snap->v[j].sym == t.sym)
                o = &snap->v[j];
        if (!o)
            continue;
        t.os = merge(t.os, o->os);
        t.known_int = t.known_int && o->known_int && t.ival == o->ival;
        tracked[kept++] = t;
    }
    ntracked = kept;
}

static void record(Sym *s, OS os)
{
    struct Track *t = track_of(s);
    if (!t) {
        if (ntracked == captracked) {
            captracked = captracked ? 2 * captracked : 16;
            struct Track *n = arena_alloc(sizeof *n * (size_t)captracked);
            if (ntracked)
                memcpy(n, tracked, sizeof *n * (size_t)ntracked);
            tracked = n;
        }
        t = &tracked[ntracked++];
        t->sym = s;
        t->known_int = false;
    }
    t->os = os;
}

static bool trackable(Node *lhs)
{
    return lhs->kind == ND_VAR && !lhs->sym->global && !lhs->sym->addr_taken &&
           (ty_is_ptr(lhs->sym->ty) || ty_is_integer(lhs->sym->ty)) &&
           sema_current_function();
}

/* The value of an integer expression, constant or made of locals set to constants in
 * straight-line code (as gcc's constant propagation sees malloc (s) with s = 20). */
static bool int_value(Node *e, int64_t *v)
{
    int64_t a, b;
    if (e->is_const) {
        *v = e->ival;
        return true;
    }
    switch (e->kind) {
    case ND_CONV:
        return ty_is_integer(e->ty) && ty_is_integer(e->a->ty) && int_value(e->a, v);
    case ND_VAR: {
        struct Track *t = track_of(e->sym);
        *v = t ? t->ival : 0;
        return t && t->known_int && !e->sym->addr_taken;
    }
    case ND_BINARY:
        if ((e->op != '+' && e->op != '-' && e->op != '*') || !ty_is_integer(e->ty) ||
            !int_value(e->a, &a) || !int_value(e->b, &b))
            return false;
        *v = e->op == '+' ? a + b : e->op == '-' ? a - b : a * b;
        return true;
    default:
        return false;
    }
}

static void record_int(Sym *s, Node *value)
{
    int64_t v;
    bool known = int_value(value, &v);
    record(s, unknown);
    struct Track *t = track_of(s);
    t->known_int = known;
    t->ival = v;
}

/* ---- analysis ---- */

static OS pointer(Node *p);

/* Whether array member x reaches the end of the object holding it (gcc 12's test in
 * addr_object_size): around it any unions, at most one struct of which it is the last
 * member, more unions, and then the object itself (a variable or one reached through a
 * pointer; not an array element). */
static Node *skip_unions(Node *v)
{
    while (v->kind == ND_MEMBER && v->a->ty->kind == TY_UNION)
        v = v->a;
    return v;
}

static bool at_end(Node *x)
{
    Node *v = skip_unions(x);
    if (v->kind == ND_MEMBER) {
        int64_t size = ty_size(v->ty), whole = ty_size(v->a->ty);
        if (size > 0 && v->ival + size < whole)
            return false;
        v = skip_unions(v->a);
    }
    if (v->kind == ND_MEMBER)
        return false;
    return !(v->kind == ND_DEREF && v->a->kind == ND_BINARY && v->a->a->kind == ND_DECAY);
}

/* A trailing array member counts as flexible (gcc's rule): its subobject is the rest
 * of the object. */
static bool trailing_array(Node *member)
{
    return member->ty->kind == TY_ARRAY && at_end(member);
}

/* The object an lvalue designates. */
static OS lvalue(Node *l)
{
    switch (l->kind) {
    case ND_VAR: {
        Type *t = l->sym->ty;
        if (t->vla) {
            OS o = unknown;
            if (dynamic) {
                o.dyn = sema_vla_size_expr(t, l->loc);
                o.sub = false;
            }
            return o;
        }
        int64_t size = ty_size(t);
        if (size < 0 || (t->kind == TY_ARRAY && t->len < 0)) {
            OS o = unknown;
            o.opaque = true;
            return o;
        }
        if (t->kind == TY_STRUCT) /* a flexible array member's initializer extends it */
            for (Node *it = l->sym->init; it; it = it->next)
                if (it->a && it->ival + (ty_is_ll(it->a->ty) ? 2 : 1) > size)
                    size = it->ival + (ty_is_ll(it->a->ty) ? 2 : 1);
        return object(size);
    }
    case ND_STR: case ND_COMPOUND_LIT:
        return ty_size(l->ty) < 0 ? unknown : object(ty_size(l->ty));
    case ND_MEMBER: {
        if (l->a->ty->vla) /* a struct with VLA members: offsets and sizes at run time */
            return unknown;
        OS o = shift(lvalue(l->a), l->ival, l->loc);
        if (o.opaque)
            return o;
        if (trailing_array(l)) { /* flexible: the rest of the object */
            o.sub = o.whole, o.smax = o.wmax, o.smin = o.wmin;
            return o;
        }
        o.sub = true;
        o.smax = o.smin = ty_size(l->ty);
        return o;
    }
    case ND_DEREF:
        if (l->ty->vla) { /* a variable-length array (its storage through a hidden pointer) */
            OS o = unknown;
            if (dynamic && l->ty->kind == TY_ARRAY)
                o.dyn = sema_vla_size_expr(l->ty, l->loc);
            return o;
        }
        return pointer(l->a);
    default: return unknown;
    }
}

static OS offset_by(OS o, Node *off, int sign, Loc loc)
{
    if (off->is_const)
        return shift(o, sign * off->ival, loc);
    /* a run-time offset (which might be negative): unknown but to the dynamic form */
    Node *dyn = NULL;
    if (dynamic && o.whole && o.wmax == o.wmin && sign > 0)
        dyn = minus(sema_make_num(o.wmax, size_t_type(), loc), off, loc);
    else if (dynamic && o.dyn && sign > 0)
        dyn = minus(o.dyn, off, loc);
    OS u = unknown;
    u.dyn = dyn;
    return u;
}

static int64_t const_arg(Node *call, int i, bool *ok)
{
    Node *a = call->b;
    while (a && i--)
        a = a->next;
    int64_t v = 0;
    if (!a || !int_value(a, &v))
        *ok = false;
    return v;
}

/* malloc, calloc, realloc and alloca with constant sizes. */
static OS allocation(Node *p)
{
    if (p->kind == ND_ALLOCA)
    {
        int64_t v;
        return int_value(p->a, &v) ? object(v) : unknown;
    }
    Node *f = p->a;
    if (f->kind == ND_DECAY)
        f = f->a;
    if (f->kind != ND_VAR || !f->sym->name)
        return unknown;
    const char *n = f->sym->name;
    bool ok = true;
    int64_t size;
    if (!strcmp(n, "malloc"))
        size = const_arg(p, 0, &ok);
    else if (!strcmp(n, "calloc"))
        size = const_arg(p, 0, &ok) * const_arg(p, 1, &ok);
    else if (!strcmp(n, "realloc"))
        size = const_arg(p, 1, &ok);
    else if (!strcmp(n, "memcpy") || !strcmp(n, "memmove") || !strcmp(n, "memset") ||
             !strcmp(n, "strcpy") || !strcmp(n, "strncpy") || !strcmp(n, "strcat") ||
             !strcmp(n, "strncat"))
        return p->b ? pointer(p->b) : unknown; /* they return their first argument */
    else
        return unknown;
    return ok ? object(size) : unknown;
}

static OS pointer(Node *p)
{
    switch (p->kind) {
    case ND_CONV:
        return ty_is_ptr(p->a->ty) ? pointer(p->a) : unknown;
    case ND_DECAY: case ND_ADDR:
        return lvalue(p->a);
    case ND_BINARY:
        if ((p->op == '+' || p->op == '-') && ty_is_ptr(p->a->ty) && ty_is_integer(p->b->ty))
            return offset_by(pointer(p->a), p->b, p->op == '+' ? 1 : -1, p->loc);
        return unknown;
    case ND_COND:
        if (p->a->is_const)
            return pointer(p->a->ival ? p->b : p->c);
        return merge(pointer(p->b), pointer(p->c));
    case ND_COMMA:
        return pointer(p->b);
    case ND_VAR: {
        struct Track *t = track_of(p->sym);
        return t && !p->sym->addr_taken ? t->os : unknown;
    }
    case ND_CALL: case ND_ALLOCA:
        return allocation(p);
    default:
        return unknown;
    }
}

static bool side_effects(Node *e)
{
    if (!e)
        return false;
    switch (e->kind) {
    case ND_CALL: case ND_ASSIGN: case ND_OPASSIGN: case ND_POSTINC: case ND_POSTDEC:
    case ND_PREINC: case ND_PREDEC: case ND_STMT_EXPR: case ND_VA_ARG: case ND_ALLOCA:
    case ND_VLA_ALLOC: case ND_SP_SET:
        return true;
    case ND_VAR: /* reading a volatile object is a side effect */
        return (e->ty->quals & Q_VOLATILE) != 0;
    default:
        return side_effects(e->a) || side_effects(e->b) || side_effects(e->c);
    }
}

/* ---- hooks: assignments seen by sema ---- */

/* A run-time allocation size, for the dynamic form: saved in a hidden local as the
 * pointer is assigned (the argument becomes `tmp = size`). */
static Node *saved_size(Node *call, int i)
{
    Node **a = &call->b;
    while (*a && i--)
        a = &(*a)->next;
    if (!*a || !sema_current_function())
        return NULL;
    Node *arg = *a, *next = arg->next;
    Sym *t = sema_temp_local(arg->ty, arg->loc);
    Node *set = new_node(ND_ASSIGN, arg->loc);
    set->a = new_var_ref(t, arg->loc);
    set->b = arg;
    set->ty = arg->ty;
    set->next = next;
    *a = set;
    return new_var_ref(t, arg->loc);
}

static OS assigned(Node *v)
{
    while (v->kind == ND_CONV && ty_is_ptr(v->ty) && ty_is_ptr(v->a->ty))
        v = v->a;
    OS o = pointer(v);
    if (o.whole || v->kind != ND_CALL || !ty_is_ptr(v->ty))
        return o;
    Node *f = v->a->kind == ND_DECAY ? v->a->a : v->a;
    if (f->kind != ND_VAR || !f->sym->name)
        return o;
    int arg = !strcmp(f->sym->name, "malloc") ? 0 : !strcmp(f->sym->name, "realloc") ? 1 : -1;
    if (arg >= 0) { /* for a later dynamic query: the size at run time */
        o.dyn = saved_size(v, arg);
        o.sub = false;
    }
    return o;
}

/* After sema of an assignment, compound assignment or ++/-- (e). */
void sema_objsize_note(Node *e)
{
    if (!e->a || !trackable(e->a))
        return;
    Sym *s = e->a->sym;
    bool was_dynamic = dynamic;
    dynamic = false;
    struct Track *t = track_of(s);
    if (ty_is_integer(s->ty)) {
        int64_t d = 0;
        bool known = t && t->known_int && e->b && int_value(e->b, &d);
        if (e->kind == ND_ASSIGN)
            record_int(s, e->b);
        else if (known && e->kind == ND_OPASSIGN && (e->op == '+' || e->op == '-'))
            t->ival += e->op == '+' ? d : -d;
        else if (known && e->kind != ND_OPASSIGN)
            t->ival += e->kind == ND_PREINC || e->kind == ND_POSTINC ? d : -d;
        else if (t)
            t->known_int = false;
        dynamic = was_dynamic;
        return;
    }
    if (e->kind == ND_ASSIGN)
        record(s, assigned(e->b));
    else if (t && e->b && e->b->is_const && e->kind != ND_OPASSIGN)
        t->os = shift(t->os, (e->kind == ND_PREINC || e->kind == ND_POSTINC ? 1 : -1) *
                                 e->b->ival, e->loc);
    else if (t && e->kind == ND_OPASSIGN && e->b->is_const && (e->op == '+' || e->op == '-'))
        t->os = shift(t->os, (e->op == '+' ? 1 : -1) * e->b->ival, e->loc);
    else if (t)
        t->os = unknown;
    if (t && t->os.dyn && e->kind != ND_ASSIGN)
        t->os.dyn = NULL; /* the saved size belonged to the old value */
    dynamic = was_dynamic;
}

/* After sema of a local's initializer (the flattened list of s->init). */
void sema_objsize_init(Sym *s)
{
    if (!s->init || s->global || s->init->next || !s->init->a || !sema_current_function())
        return;
    if (ty_is_ptr(s->ty))
        record(s, assigned(s->init->a));
    else if (ty_is_integer(s->ty))
        record_int(s, s->init->a);
}

/* ---- the builtins ---- */

/* A run-time count, 0 where it went below 0 (past the end): (t = d) > max ? 0 : t. */
static Node *clamp(Node *d, Loc loc)
{
    Sym *t = sema_temp_local(size_t_type(), loc);
    Node *set = new_node(ND_ASSIGN, loc);
    set->a = new_var_ref(t, loc);
    set->b = sema_convert(d, size_t_type());
    set->ty = size_t_type();
    Node *big = new_binary('>', set, sema_make_num(0x7fffffff, size_t_type(), loc), loc);
    big->ty = ty_basic(TY_INT);
    Node *c = new_node(ND_COND, loc);
    c->a = big;
    c->b = sema_make_num(0, size_t_type(), loc);
    c->c = new_var_ref(t, loc);
    c->ty = size_t_type();
    return c;
}

Node *sema_object_size(Node *e, bool dyn)
{
    const char *name = dyn ? "__builtin_dynamic_object_size" : "__builtin_object_size";
    Node *p = e->b, *k = p ? p->next : NULL;
    if (!k || k->next) {
        diag_error_at(e->loc, "wrong number of arguments to '%s'", name);
        return sema_make_num(0, size_t_type(), e->loc);
    }
    p = sema_decay(sema_expr_unevaluated(p));
    if (!ty_is_ptr(p->ty)) {
        diag_error_at(p->loc, "the first argument to '%s' must be a pointer", name);
        return sema_make_num(0, size_t_type(), e->loc);
    }
    k = sema_expr(k);
    if (!k->is_const || k->ival < 0 || k->ival > 3) {
        diag_error_at(k->loc, "the second argument to '%s' must be a constant 0 to 3", name);
        return sema_make_num(0, size_t_type(), e->loc);
    }
    bool min = k->ival & 2, sub = k->ival & 1;
    dynamic = dyn && sema_current_function();
    OS o = side_effects(p) ? unknown : pointer(p);
    dynamic = false;
    if (dyn && o.dyn && (!sub || !o.sub))
        return clamp(o.dyn, e->loc);
    int64_t v;
    if (sub && o.sub && o.whole) /* the subobject, within what is left of the object */
        v = min ? (o.smin < o.wmin ? o.smin : o.wmin) : (o.smax < o.wmax ? o.smax : o.wmax);
    else if (sub && o.sub)
        v = min ? o.smin : o.smax;
    else if (o.whole)
        v = min ? o.wmin : o.wmax;
    else
        v = min ? 0 : -1;
    if (v < 0 && (o.whole || min))
        v = 0;
    return sema_make_num((uint32_t)v, size_t_type(), e->loc);
}
