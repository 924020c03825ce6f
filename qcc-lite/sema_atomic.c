/* sema_atomic.c - gcc's __atomic_* and legacy __sync_* builtins on objects of one word
 * (every integer type but long long, pointers) and on long long objects (two words).
 *
 * The QPU has one core and no reordering, so memory orders are evaluated and ignored,
 * and fences do nothing. A one-word load or store is one instruction and so atomic; the
 * read-modify-write operations become calls of libc's __atomic_rmw / __atomic_cas (and
 * their 64-bit forms, libc/src/misc/atomic.c), which <stdatomic.h> uses too: they run
 * with interrupts masked on the bare and kernel targets; on the user target a program
 * cannot mask interrupts, so they are atomic with respect to other tasks (which share
 * no memory with it) but not to its own signal handlers. A long long load also goes
 * through libc (two words read with interrupts masked), a long long store through an
 * exchange. As in gcc, fetch_add on a pointer adds the operand unscaled (as uintptr_t).
 * The generic forms (__atomic_load, __atomic_exchange, ...) take the same sizes only. */
#include <string.h>

#include "qcc.h"

/* __atomic_rmw's operations, as in <stdatomic.h>. */
enum { A_XCHG, A_ADD, A_SUB, A_OR, A_XOR, A_AND, A_NAND };

static Node *num(int64_t v, Type *t, Loc loc) { return sema_make_num(v, t, loc); }

static Node *typed(int kind, Type *t, Node *a, Node *b, Loc loc)
{
    Node *n = new_node(kind, loc);
    n->ty = t;
    n->a = a;
    n->b = b;
    return n;
}

static Type *vvoid_ptr(void) { return ty_ptr(ty_qual(ty_basic(TY_VOID), Q_VOLATILE)); }

static Param *param(Type *t, Param *next, Loc loc)
{
    Param *p = arena_alloc(sizeof *p);
    p->ty = t;
    p->loc = loc;
    p->next = next;
    return p;
}

/* A call of one of libc's atomic helpers with already checked arguments, declared with
 * <stdatomic.h>'s prototype unless the program has declared it. */
static Node *helper(const char *name, Node *a0, Node *a1, Node *a2, Loc loc)
{
    bool wide = strstr(name, "64") != NULL;
    Type *word = ty_basic(wide ? TY_ULLONG : TY_UINT);
    Type *ret = strstr(name, "cas") ? ty_basic(TY_BOOL) : word;
    Param *ps = NULL;
    if (strstr(name, "rmw"))
        ps = param(vvoid_ptr(), param(ty_basic(TY_INT), param(word, NULL, loc), loc), loc);
    else if (strstr(name, "cas"))
        ps = param(vvoid_ptr(), param(ty_ptr(ty_basic(TY_VOID)), param(word, NULL, loc), loc),
                   loc);
    else
        ps = param(vvoid_ptr(), NULL, loc);
    if (!sema_lookup(name))
        sema_declare_function(name, ty_func(ret, ps, false, false), loc);
    Node *f = new_node(ND_IDENT, loc);
    f->name = (char *)name;
    Node *call = typed(ND_CALL, ret, sema_expr(f), NULL, loc);
    Node *args[3] = {a0, a1, a2}, **tail = &call->b;
    for (int i = 0; i < 3 && args[i]; i++, ps = ps->next) {
        *tail = sema_convert(args[i], ps->ty);
        tail = &(*tail)->next;
    }
    *tail = NULL;
    return call;
}

/* The object an atomic builtin works on: its pointer (used once), its type, and the
 * unsigned type of its words. */
typedef struct Obj {
    Node *pre;  /* evaluations done first (comma-joined), or NULL */
    Node *ptr;
    Type *ty, *word;
    bool wide;
    Loc loc;
} Obj;

static void before(Obj *o, Node *e)
{
    o->pre = o->pre ? new_comma(o->pre, e) : e;
}

/* A temporary set to e (in o->pre); returns it. */
static Sym *save(Obj *o, Node *e)
{
    Sym *t = sema_temp_local(e->ty, o->loc);
    before(o, typed(ND_ASSIGN, e->ty, new_var_ref(t, o->loc), e, o->loc));
    return t;
}

static bool get_obj(Obj *o, Node *arg, const char *name, Loc loc)
{
    memset(o, 0, sizeof *o);
    o->loc = loc;
    o->ptr = sema_expr(arg);
    Type *t = ty_is_ptr(o->ptr->ty) ? ty_unqual(o->ptr->ty->base) : NULL;
    if (!t || !(ty_is_integer(t) || ty_is_ptr(t)) || ty_size(t) < 1 || ty_size(t) > 2) {
        diag_error_at(loc, "'%s' needs a pointer to an integer or pointer object of one "
                           "or two words", name);
        return false;
    }
    o->ty = t;
    o->wide = ty_size(t) == 2;
    o->word = ty_basic(o->wide ? TY_ULLONG : TY_UINT);
    return true;
}

static Node *finish(Obj *o, Node *v) { return o->pre ? new_comma(o->pre, v) : v; }

static Node *deref(Node *p, Type *t, Loc loc) { return typed(ND_DEREF, t, p, NULL, loc); }

static Node *rmw(Obj *o, int op, Node *val)
{
    return helper(o->wide ? "__atomic_rmw64" : "__atomic_rmw", o->ptr,
                  num(op, ty_basic(TY_INT), o->loc), sema_convert(val, o->word), o->loc);
}

static Node *load(Obj *o)
{
    if (o->wide)
        return sema_convert(helper("__atomic_load64", o->ptr, NULL, NULL, o->loc), o->ty);
    return deref(o->ptr, ty_qual(o->ty, Q_VOLATILE), o->loc);
}

static Node *store(Obj *o, Node *val)
{
    if (o->wide)
        return sema_convert(rmw(o, A_XCHG, val), ty_basic(TY_VOID));
    Node *lv = deref(o->ptr, ty_qual(o->ty, Q_VOLATILE), o->loc);
    return sema_convert(typed(ND_ASSIGN, o->ty, lv, sema_convert(val, o->ty), o->loc),
                        ty_basic(TY_VOID));
}

/* OP_fetch: the fetched value combined with the operand again (in the word type). */
static Node *op_fetch(Obj *o, int op, Node *val)
{
    static const int binop[] = {0, '+', '-', '|', '^', '&', '&'};
    Sym *v = save(o, sema_convert(val, o->word));
    Sym *old = save(o, rmw(o, op, new_var_ref(v, o->loc)));
    Node *r = new_binary(binop[op], new_var_ref(old, o->loc), new_var_ref(v, o->loc), o->loc);
    r->ty = o->word;
    if (op == A_NAND)
        r = typed(ND_BITNOT, o->word, r, NULL, o->loc);
    return sema_convert(r, o->ty);
}

/* compare-exchange with *expected updated: cas(p, expected, desired). */
static Node *cas(Obj *o, Node *expected, Node *desired)
{
    return helper(o->wide ? "__atomic_cas64" : "__atomic_cas", o->ptr, expected,
                  sema_convert(desired, o->word), o->loc);
}

static Node *void_of(Node *e) { return sema_convert(sema_expr(e), ty_basic(TY_VOID)); }

static Node *arg(Node *e, int i)
{
    while (e && i--)
        e = e->next;
    return e;
}

/* A pointer argument of a generic form: its target must be the object's type. */
static Node *same_ptr(Obj *o, Node *a, const char *name)
{
    Node *p = sema_expr(a);
    if (!ty_is_ptr(p->ty) || ty_size(p->ty->base) != ty_size(o->ty))
        diag_error_at(p->loc, "'%s' needs pointers to objects of the same size", name);
    return p;
}

static const char *const fetch_ops[] = {"", "add", "sub", "or", "xor", "and", "nand"};

static int op_named(const char *s, size_t n)
{
    for (int i = 1; i <= A_NAND; i++)
        if (strlen(fetch_ops[i]) == n && strncmp(s, fetch_ops[i], n) == 0)
            return i;
    return -1;
}

/* The value forms; nargs counted, name without its prefix; NULL if none of them. */
static Node *atomic_op(Node *e, const char *full, const char *name, int nargs)
{
    Obj o;
    Loc loc = e->loc;
    Node *a = e->b;
    int op = -1, want;
    bool sync = strncmp(full, "__sync_", 7) == 0;
    const char *tail;
    if (sync && strncmp(name, "fetch_and_", 10) == 0)
        op = op_named(name + 10, strlen(name + 10)), want = 2;
    else if (sync && (tail = strstr(name, "_and_fetch")) && !tail[10])
        op = op_named(name, tail - name) + 16, want = 2;
    else if (!sync && strncmp(name, "fetch_", 6) == 0)
        op = op_named(name + 6, strlen(name + 6)), want = 3;
    else if (!sync && (tail = strstr(name, "_fetch")) && !tail[6])
        op = op_named(name, tail - name) + 16, want = 3;
    else
        return NULL;
    if (op < 0 || op == 15)
        return NULL;
    if (nargs < want) {
        diag_error_at(loc, "too few arguments to '%s'", full);
        return num(0, ty_basic(TY_INT), loc);
    }
    if (!get_obj(&o, a, full, loc))
        return num(0, ty_basic(TY_INT), loc);
    Node *val = sema_expr(a->next);
    if (!sync)
        before(&o, void_of(a->next->next));
    if (op >= 16)
        return finish(&o, op_fetch(&o, op - 16, val));
    return finish(&o, sema_convert(rmw(&o, op, val), o.ty));
}

/* The rest of the __atomic_ family. */
static Node *atomic_more(Node *e, const char *full, const char *name, int nargs)
{
    Obj o;
    Loc loc = e->loc;
    Node *a = e->b;
    static const struct { const char *name; int nargs; } forms[] = {
        {"load_n", 2}, {"store_n", 3}, {"exchange_n", 3}, {"compare_exchange_n", 6},
        {"load", 3}, {"store", 3}, {"exchange", 4}, {"compare_exchange", 6},
    };
    int f = -1;
    for (int i = 0; i < 8; i++)
        if (strcmp(name, forms[i].name) == 0)
            f = i;
    if (f < 0)
        return NULL;
    if (nargs != forms[f].nargs) {
        diag_error_at(loc, "wrong number of arguments to '%s'", full);
        return num(0, ty_basic(TY_INT), loc);
    }
    if (!get_obj(&o, a, full, loc))
        return num(0, ty_basic(TY_INT), loc);
    Node *x = f == 0 ? NULL : f < 4 ? sema_expr(a->next) : same_ptr(&o, a->next, full);
    Node *y = f == 6 ? same_ptr(&o, arg(a, 2), full)
            : f == 3 || f == 7 ? sema_expr(arg(a, 2)) : NULL;
    for (Node *m = arg(a, f == 3 || f == 7 ? 3 : forms[f].nargs - 1); m; m = m->next)
        before(&o, void_of(m)); /* the orders (and compare_exchange's weak flag) */
    if (f == 7)
        y = deref(y, o.ty, loc);
    if (f >= 4 && f != 7)
        x = deref(x, o.ty, loc);
    Node *v;
    switch (f) {
    case 0: return finish(&o, load(&o));
    case 1: case 5: return finish(&o, store(&o, x));
    case 2: return finish(&o, sema_convert(rmw(&o, A_XCHG, x), o.ty));
    case 3: case 7: return finish(&o, cas(&o, x, y));
    case 4: /* *ret = load */
        v = typed(ND_ASSIGN, o.ty, x, load(&o), loc);
        break;
    default: /* 6: *ret = exchange(*val) */
        v = typed(ND_ASSIGN, o.ty, deref(y, o.ty, loc),
                  sema_convert(rmw(&o, A_XCHG, x), o.ty), loc);
        break;
    }
    return finish(&o, sema_convert(v, ty_basic(TY_VOID)));
}

/* __sync_{val,bool}_compare_and_swap(p, old, new), __sync_lock_test_and_set(p, v),
 * __sync_lock_release(p). */
static Node *sync_more(Node *e, const char *full, const char *name, int nargs)
{
    Obj o;
    Loc loc = e->loc;
    Node *a = e->b;
    bool val = strcmp(name, "val_compare_and_swap") == 0;
    int want = val || strcmp(name, "bool_compare_and_swap") == 0 ? 3
             : strcmp(name, "lock_test_and_set") == 0 ? 2
             : strcmp(name, "lock_release") == 0 ? 1 : 0;
    if (!want)
        return NULL;
    if (nargs < want) {
        diag_error_at(loc, "too few arguments to '%s'", full);
        return num(0, ty_basic(TY_INT), loc);
    }
    if (!get_obj(&o, a, full, loc))
        return num(0, ty_basic(TY_INT), loc);
    if (want == 1)
        return store(&o, num(0, ty_basic(TY_INT), loc));
    Node *x = sema_expr(a->next);
    if (want == 2)
        return finish(&o, sema_convert(rmw(&o, A_XCHG, x), o.ty));
    Node *desired = sema_expr(a->next->next);
    Sym *exp = save(&o, sema_convert(x, o.ty)); /* holds the old value after the cas */
    exp->addr_taken = true;
    Node *addr = typed(ND_ADDR, ty_ptr(o.ty), new_var_ref(exp, loc), NULL, loc);
    Node *c = cas(&o, addr, desired);
    if (val)
        c = new_comma(sema_convert(c, ty_basic(TY_VOID)), new_var_ref(exp, loc));
    return finish(&o, c);
}

/* __atomic_is_lock_free(size, ptr) of the library (not in our libc: as with gcc
 * without libatomic, a program asking about other sizes provides it). */
static Node *is_lock_free_call(Node *size, Node *ptr, Loc loc)
{
    static const char name[] = "__atomic_is_lock_free";
    Type *cvp = ty_ptr(ty_qual(ty_basic(TY_VOID), Q_CONST | Q_VOLATILE));
    Param *ps = param(ty_basic(TY_ULONG), param(cvp, NULL, loc), loc);
    if (!sema_lookup(name))
        sema_declare_function(name, ty_func(ty_basic(TY_BOOL), ps, false, false), loc);
    Node *f = new_node(ND_IDENT, loc);
    f->name = (char *)name;
    Node *call = typed(ND_CALL, ty_basic(TY_BOOL), sema_expr(f), NULL, loc);
    call->b = sema_convert(size, ps->ty);
    call->b->next = sema_convert(ptr, cvp);
    return call;
}

/* Fences, flags, lock-freedom and __sync_synchronize: no object of a given type. */
static Node *atomic_misc(Node *e, const char *full, const char *name, int nargs)
{
    Loc loc = e->loc;
    Node *a = e->b;
    bool fence = !strcmp(name, "thread_fence") || !strcmp(name, "signal_fence");
    if (!strcmp(full, "__sync_synchronize") || fence) {
        if (nargs != fence) {
            diag_error_at(loc, "wrong number of arguments to '%s'", full);
            return num(0, ty_basic(TY_INT), loc);
        }
        return fence ? void_of(a) : sema_convert(num(0, ty_basic(TY_INT), loc),
                                                  ty_basic(TY_VOID));
    }
    if (strncmp(full, "__atomic_", 9) != 0)
        return NULL;
    bool always = !strcmp(name, "always_lock_free");
    if (always || !strcmp(name, "is_lock_free")) {
        if (nargs != 2) {
            diag_error_at(loc, "wrong number of arguments to '%s'", full);
            return num(0, ty_basic(TY_INT), loc);
        }
        Node *size = sema_expr(a);
        if (!size->is_const && always) {
            diag_error_at(size->loc, "non-constant size argument to '%s'", full);
            return num(0, ty_basic(TY_BOOL), loc);
        }
        Node *ptr = sema_expr(a->next);
        /* one and two words (long long) are done by the masked helpers; for other sizes
         * is_lock_free asks the library, as gcc's does (libatomic's entry point) */
        if (size->is_const && size->ival >= 1 && size->ival <= 2)
            return always ? num(1, ty_basic(TY_BOOL), loc)
                          : new_comma(sema_convert(ptr, ty_basic(TY_VOID)),
                                      num(1, ty_basic(TY_BOOL), loc));
        if (always)
            return num(0, ty_basic(TY_BOOL), loc);
        return is_lock_free_call(size, ptr, loc);
    }
    bool tas = !strcmp(name, "test_and_set");
    if (!tas && strcmp(name, "clear"))
        return NULL;
    if (nargs != 2) {
        diag_error_at(loc, "wrong number of arguments to '%s'", full);
        return num(0, ty_basic(TY_INT), loc);
    }
    Node *p = sema_expr(a);
    if (!ty_is_ptr(p->ty)) {
        diag_error_at(p->loc, "'%s' needs a pointer argument", full);
        return num(0, ty_basic(TY_INT), loc);
    }
    Node *order = void_of(a->next);
    Obj o = {.ptr = sema_convert(p, ty_ptr(ty_basic(TY_UINT))), .ty = ty_basic(TY_UINT),
             .word = ty_basic(TY_UINT), .loc = loc};
    if (!tas)
        return new_comma(order, store(&o, num(0, ty_basic(TY_UINT), loc)));
    Node *old = rmw(&o, A_XCHG, num(1, ty_basic(TY_UINT), loc));
    return new_comma(order, sema_convert(old, ty_basic(TY_BOOL)));
}

/* Whether name is a builtin of this file's families (__atomic_*, __sync_*). */
bool sema_is_atomic_name(const char *name)
{
    return strncmp(name, "__atomic_", 9) == 0 || strncmp(name, "__sync_", 7) == 0;
}

/* e: a call of an undeclared __atomic_ or __sync_ name; NULL if it is not a builtin. */
Node *sema_atomic_builtin(Node *e, const char *full)
{
    const char *name = full + (full[2] == 'a' ? 9 : 7);
    int nargs = 0;
    for (Node *a = e->b; a; a = a->next)
        nargs++;
    Node *r = atomic_op(e, full, name, nargs);
    if (!r && full[2] == 'a')
        r = atomic_more(e, full, name, nargs);
    if (!r && full[2] == 's')
        r = sync_more(e, full, name, nargs);
    if (!r)
        r = atomic_misc(e, full, name, nargs);
    return r;
}
