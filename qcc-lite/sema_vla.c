/* sema_vla.c - variable-length arrays. A VLA type carries a hidden local that holds its
 * size in words, set where the type is declared (the "pending" size computations, run
 * before the declaration). A VLA object is a hidden pointer local to storage taken from
 * the stack (ND_ALLOCA), and every use of the object is rewritten to `*pointer`.
 * Blocks and loops that declare VLAs save r63 before the first one and restore it when
 * left normally and at every iteration, so a VLA in a loop does not pile up; a goto
 * that leaves the scope of VLAs restores r63 as it was before the first one it leaves.
 * A jump (goto, case) into the scope of a VLA is rejected.
 */
#include "qcc.h"

typedef struct VlaScope {
    Sym *vla;
    struct VlaScope *up;
} VlaScope;

typedef struct ScopeMark {
    VlaScope *cur;
    int count;
} ScopeMark;

static Node *pending;     /* ND_EXPR_STMT list: size computations not yet placed */
static VlaScope *cur;     /* the VLAs in scope, innermost first */
static int vla_count;     /* VLA objects declared so far */
static int mode;          /* VLA_* below */

/* Size computations are generated in function bodies and for the parameters of the
 * function being defined, not in prototypes. */
enum { VLA_NONE, VLA_BODY, VLA_DEF_NEXT, VLA_PROTO, VLA_DEF_PARAMS };

void sema_vla_set_mode(int m) { mode = m; }

/* A nested function's body has its own VLA state (sema_nested.c). */
typedef struct VlaState {
    Node *pending;
    VlaScope *cur;
    int mode;
} VlaState;

void *sema_vla_save(void)
{
    VlaState *st = arena_alloc(sizeof *st);
    st->pending = pending, st->cur = cur, st->mode = mode;
    return st;
}

void sema_vla_restore(void *p)
{
    VlaState *st = p;
    pending = st->pending, cur = st->cur, mode = st->mode;
}

int sema_vla_params_begin(void)
{
    int old = mode;
    mode = old == VLA_DEF_NEXT ? VLA_DEF_PARAMS : VLA_PROTO;
    return old;
}

void sema_vla_params_end(int old) { mode = old; }

static Type *ulong_type(void) { return ty_basic(TY_ULONG); }

static Node *var_ref(Sym *s, Loc loc)
{
    s->used = true;
    return new_var_ref(s, loc);
}

static Node *expr_stmt(Node *e)
{
    Node *s = new_node(ND_EXPR_STMT, e->loc);
    s->a = e;
    return s;
}

static Node *assign(Sym *s, Node *value, Loc loc)
{
    Node *set = new_node(ND_ASSIGN, loc);
    set->a = var_ref(s, loc);
    set->b = value;
    set->ty = s->ty;
    return set;
}

Node *sema_stmt_list_append(Node *list, Node *item)
{
    return list_append(list, item);
}

Node *sema_vla_size_expr(Type *t, Loc loc)
{
    if (t->vla && t->vla_size)
        return var_ref(t->vla_size, loc);
    Node *n = new_node(ND_NUM, loc);
    n->ival = t->vla ? 1 : ty_size(t);
    n->ty = ulong_type();
    n->is_const = true;
    return n;
}

Type *sema_vla_array(Type *base, Node *size, Loc loc)
{
    Type *t = ty_array(base, -1);
    t->vla = true;
    if (!size || (mode != VLA_BODY && mode != VLA_DEF_PARAMS))
        return t; /* [*], or a prototype: the size is never needed */
    if (!ty_is_integer(size->ty)) {
        diag_error_at(loc, "size of array has non-integer type '%s'", ty_str(size->ty));
        return t;
    }
    Sym *sz = sema_temp_local(ulong_type(), loc);
    t->vla_size = sz;
    Node *count = sema_convert(size, ulong_type());
    Node *es = sema_vla_size_expr(base, loc);
    Node *words = count;
    if (!(es->is_const && es->ival == 1)) {
        words = new_binary('*', count, es, loc);
        words->ty = ulong_type();
    }
    pending = list_append(pending, expr_stmt(assign(sz, words, loc)));
    return t;
}

/* Are size computations generated here (a function body, a definition's parameters)? */
bool sema_vla_sizes_wanted(void)
{
    return mode == VLA_BODY || mode == VLA_DEF_PARAMS;
}

/* `s = value;` among the pending size computations (sema_vla_struct.c's layouts). */
void sema_vla_add_pending(Sym *s, Node *value, Loc loc)
{
    pending = list_append(pending, expr_stmt(assign(s, value, loc)));
}

Node *sema_vla_take_pending(void)
{
    Node *p = pending;
    pending = NULL;
    return p;
}

void sema_vla_clear_pending(void)
{
    pending = NULL;
}

/* `int a[n];`: a's storage is `p = alloca(size)`; uses of a become *p. */
static Node *sp_get(Loc loc);

/* r63 is saved before each allocation, so that a goto leaving the VLA's scope frees it
 * and every VLA after it (sema_vla_free_before_goto). */
static Node *allocate(Sym *s, Loc loc)
{
    Sym *sp = sema_temp_local(ty_ptr(ty_basic(TY_VOID)), loc);
    s->vla_sp = sp;
    Node *save = expr_stmt(assign(sp, sp_get(loc), loc));
    Sym *p = sema_temp_local(ty_ptr(s->ty), loc);
    s->vla_ptr = p;
    Node *alloc = new_node(ND_ALLOCA, loc);
    alloc->a = sema_vla_size_expr(s->ty, loc);
    alloc->ty = p->ty;
    VlaScope *sc = arena_alloc(sizeof *sc);
    sc->vla = s;
    sc->up = cur;
    cur = sc;
    vla_count++;
    sema_note_dynamic_stack();
    save->next = expr_stmt(assign(p, alloc, loc));
    return save;
}

/* A declaration with VLA types becomes a block (no scope of its own): for each
 * declarator its size computations (in id->c), its allocation, then its initializer. */
void sema_vla_decl(Node *decl)
{
    if (!decl->a) { /* `struct S { int a[n]; };`: its layout is computed here */
        Node *sizes = sema_vla_take_pending();
        if (sizes) {
            decl->kind = ND_BLOCK;
            decl->a = sizes;
        }
        return;
    }
    bool any = false;
    for (Node *id = decl->a; id; id = id->next)
        any |= id->c != NULL || (id->sym && !id->sym->global && id->sym->ty->vla);
    if (!any)
        return;
    Node *list = NULL;
    for (Node *id = decl->a, *next; id; id = next) {
        next = id->next;
        id->next = NULL;
        for (Node *s = id->c, *sn; s; s = sn) {
            sn = s->next;
            s->next = NULL;
            list = list_append(list, s);
        }
        if (id->sym && !id->sym->global && id->sym->kind == SYM_VAR && id->sym->ty->vla)
            list = list_append(list, allocate(id->sym, id->loc));
        Node *one = new_node(ND_DECL, decl->loc);
        one->spec = decl->spec;
        one->a = id;
        list = list_append(list, one);
    }
    decl->kind = ND_BLOCK;
    decl->a = list;
    decl->dynamic_stack = true; /* marks a VLA declaration for sema_vla_scope_leave */
}

Node *sema_vla_ref(Node *e)
{
    Sym *s = e->sym;
    Node *d = new_node(ND_DEREF, e->loc);
    d->a = var_ref(s->vla_ptr, e->loc);
    d->ty = s->ty;
    return d;
}

void *sema_vla_scope_enter(void)
{
    ScopeMark *m = arena_alloc(sizeof *m);
    m->cur = cur;
    m->count = vla_count;
    return m;
}

static Node *sp_get(Loc loc)
{
    Node *n = new_node(ND_SP_GET, loc);
    n->ty = ty_ptr(ty_basic(TY_VOID));
    return n;
}

static Node *sp_set(Sym *saved, Loc loc)
{
    Node *n = new_node(ND_SP_SET, loc);
    n->a = var_ref(saved, loc);
    n->ty = ty_basic(TY_VOID);
    return expr_stmt(n);
}

/* A block that declares VLAs: r63 saved before the first, restored at the end. */
void sema_vla_scope_leave(Node *block, void *saved)
{
    ScopeMark *m = saved;
    cur = m->cur;
    if (vla_count == m->count)
        return;
    Node *prev = NULL, *s = block->a;
    while (s && !(s->kind == ND_BLOCK && s->dynamic_stack))
        prev = s, s = s->next;
    if (!s)
        return; /* only nested blocks declare them; they free their own */
    Sym *sv = sema_temp_local(ty_ptr(ty_basic(TY_VOID)), s->loc);
    Node *save = expr_stmt(assign(sv, sp_get(s->loc), s->loc));
    save->next = s;
    if (prev)
        prev->next = save;
    else
        block->a = save;
    list_append(block->a, sp_set(sv, block->loc));
}

/* A loop whose body declares VLAs: r63 saved before the loop and restored at the
 * start of every iteration and after the loop (so break and continue free them too). */
void sema_vla_loop(Node *loop, void *saved)
{
    ScopeMark *m = saved;
    cur = m->cur;
    if (vla_count == m->count)
        return;
    Node *inner = new_node(loop->kind, loop->loc);
    *inner = *loop;
    inner->next = NULL;
    Sym *sv = sema_temp_local(ty_ptr(ty_basic(TY_VOID)), loop->loc);
    Node *body = new_node(ND_BLOCK, loop->loc);
    body->a = sp_set(sv, loop->loc);
    body->a->next = inner->b;
    inner->b = body;
    Node *save = expr_stmt(assign(sv, sp_get(loop->loc), loop->loc));
    save->next = inner;
    inner->next = sp_set(sv, loop->loc);
    loop->kind = ND_BLOCK;
    loop->a = save;
    loop->b = loop->c = loop->d = NULL;
}

void sema_vla_mark(Node *n)
{
    n->vla_scope = cur;
}

/* A goto from `from` to label `to` that leaves the scope of VLAs (out of their block,
 * or back to before their declaration) frees them, as gcc does: r63 is restored to its
 * value before the first of them. Returns that statement, or NULL if none is left. */
Node *sema_vla_free_before_goto(Node *from, Node *to)
{
    VlaScope *target = to->vla_scope, *s = from->vla_scope;
    if (s == target)
        return NULL;
    while (s && s->up != target)
        s = s->up;
    return s ? sp_set(s->vla->vla_sp, from->loc) : NULL;
}

/* May control jump from `from` to `to`? Not into the scope of a VLA declared after. */
bool sema_vla_jump_ok(Node *from, Node *to)
{
    VlaScope *target = to->vla_scope;
    if (!target)
        return true;
    for (VlaScope *s = from->vla_scope; s; s = s->up)
        if (s == target)
            return true;
    return false;
}

/* Variably modified: a VLA, or a pointer, array or function type built on one. */
bool sema_vla_is_vm(Type *t)
{
    for (; t; t = t->base) {
        if (t->vla)
            return true;
        if (t->kind != TY_PTR && t->kind != TY_ARRAY && t->kind != TY_FUNC)
            return false;
    }
    return false;
}

/* A type name and its own VLA size computations (returned in *sizes, in order), apart
 * from those of the expression it sits in, which stay pending. */
Type *sema_vla_type_name(Node *type_name, Node **sizes)
{
    Node *outer = sema_vla_take_pending();
    Type *t = sema_decl_type(type_name->spec, type_name->decl, type_name->loc);
    *sizes = sema_vla_take_pending();
    pending = outer;
    return t;
}

/* A type name that is never evaluated (sizeof or _Alignof of a type that is not a VLA,
 * __builtin_types_compatible_p, ...): its size expressions are dropped, as in gcc. */
Type *sema_vla_unevaluated_type(Node *type_name)
{
    Node *sizes;
    return sema_vla_type_name(type_name, &sizes);
}

/* typeof(e) where e has a variably modified type: e is evaluated where the type is
 * (C2x 6.7.2.5, as gcc does), i.e. with the size computations of the declaration. */
void sema_vla_typeof_expr(Node *e)
{
    if ((mode == VLA_BODY || mode == VLA_DEF_PARAMS) && sema_vla_is_vm(e->ty))
        pending = list_append(pending, expr_stmt(sema_decay(e)));
}

/* The compound statements `list` (ND_EXPR_STMT) run before e: a comma chain. */
Node *sema_vla_before(Node *list, Node *e)
{
    return list ? new_comma(list->a, sema_vla_before(list->next, e)) : e;
}

/* The same for an lvalue: *(sizes..., &e). */
Node *sema_vla_before_lvalue(Node *list, Node *e)
{
    if (!list)
        return e;
    Node *addr = new_node(ND_ADDR, e->loc);
    addr->a = e;
    addr->ty = ty_ptr(e->ty);
    Node *d = new_node(ND_DEREF, e->loc);
    d->a = sema_vla_before(list, addr);
    d->ty = e->ty;
    return d;
}
