/* sema_cleanup.c - GNU __attribute__((cleanup(f))) on automatic variables: f(&x) is
 * called when x goes out of scope, innermost (latest declared) first, on every way out
 * of its scope: the end of the block, break, continue, return (after the value is
 * computed), a goto to a label outside the scope, and the end of a statement expression
 * (after its value is computed). Not on longjmp or exit, as in gcc. The calls are put
 * into the tree by sema: a jump `j` becomes the block { f(&x); ...; j }.
 */
#include <string.h>

#include "qcc.h"

typedef struct CleanupScope {
    Sym *var;
    struct CleanupScope *up;
} CleanupScope;

typedef struct LoopMarks {
    CleanupScope *brk, *cont;
} LoopMarks;

static CleanupScope *cur;   /* the cleanup variables in scope, innermost first */
static CleanupScope *brk;   /* ... at the start of the innermost loop or switch body */
static CleanupScope *cont;  /* ... at the start of the innermost loop body */

void sema_cleanup_reset(void)
{
    cur = brk = cont = NULL;
}

/* A nested function's body has its own cleanups (sema_nested.c). */
void *sema_cleanup_save(void)
{
    CleanupScope **saved = arena_alloc(3 * sizeof *saved);
    saved[0] = cur, saved[1] = brk, saved[2] = cont;
    return saved;
}

void sema_cleanup_restore(void *p)
{
    CleanupScope **saved = p;
    cur = saved[0], brk = saved[1], cont = saved[2];
}

/* f(&x), x's address converted to f's parameter type (checked at the declaration). */
static Node *call_stmt(Sym *x, Loc loc)
{
    Sym *f = x->cleanup_fn;
    Node *var = new_var_ref(x, loc);
    Node *addr = new_node(ND_ADDR, loc);
    addr->a = x->vla_ptr ? sema_vla_ref(var) : var;
    Node *arg = sema_expr(addr);
    Node *call = new_node(ND_CALL, loc);
    call->a = sema_decay(new_var_ref(f, loc));
    call->b = x->cleanup_arg ? sema_convert(arg, x->cleanup_arg) : arg;
    call->ival = x->cleanup_arg ? 0 : 1; /* arguments matching '...' or no prototype */
    call->ty = f->ty->base;
    Node *s = new_node(ND_EXPR_STMT, loc);
    s->a = call;
    return s;
}

/* The calls for the variables from `from` out to (not including) `to`, in order. */
static Node *calls(CleanupScope *from, CleanupScope *to, Loc loc)
{
    Node *list = NULL;
    for (CleanupScope *s = from; s && s != to; s = s->up)
        list = list_append(list, call_stmt(s->var, loc));
    return list;
}

/* The attribute on a declared symbol: checks f and the call f(&s). Not automatic (s may
 * then be NULL): only the warning. */
void sema_cleanup_attr(Node *attrs, Sym *s, bool automatic)
{
    for (Node *a = attrs; a; a = a->next) {
        if (strcmp(a->name, "cleanup") != 0 && strcmp(a->name, "__cleanup__") != 0)
            continue;
        if (!automatic) {
            diag_warning_at(a->loc, "'cleanup' attribute ignored");
            continue;
        }
        s->used = true; /* as in gcc: the cleanup uses it */
        Node *arg = a->a;
        if (!arg || arg->next) {
            diag_error_at(a->loc, "wrong number of arguments specified for 'cleanup' "
                                  "attribute");
            continue;
        }
        if (arg->kind != ND_IDENT) {
            diag_error_at(a->loc, "cleanup argument not an identifier");
            continue;
        }
        Sym *f = sema_lookup(arg->name);
        if (!f || f->kind != SYM_FUNC || f->ty->kind != TY_FUNC) {
            diag_error_at(arg->loc, "cleanup argument not a function");
            continue;
        }
        f->used = true;
        if (s->storage == SC_REGISTER) { /* f(&x) */
            diag_error_at(a->loc, "address of register variable '%s' requested", s->name);
            continue;
        }
        Param *p = f->ty->params;
        if (p && !p->next) {
            s->cleanup_arg = ty_unqual(p->ty);
        } else if (p || !f->ty->oldstyle) { /* what the call f(&x) would say */
            diag_error_at(a->loc, "too %s arguments to function '%s'", p ? "few" : "many",
                          f->name);
            continue;
        }
        /* the same conversion as for a call's argument: its diagnostics, once, here */
        Node *addr = new_node(ND_ADDR, a->loc);
        addr->a = new_var_ref(s, a->loc);
        Node *ptr = sema_expr(addr);
        if (p) {
            int errors = diag_error_count();
            sema_assign_convert(ptr, s->cleanup_arg, "argument passing");
            if (diag_error_count() != errors)
                continue;
        }
        s->cleanup_fn = f;
    }
}

/* After a declaration: its cleanup variables come into scope. */
void sema_cleanup_decl(Node *decl)
{
    for (Node *id = decl->a; id; id = id->next) {
        if (!id->sym || !id->sym->cleanup_fn)
            continue;
        CleanupScope *s = arena_alloc(sizeof *s);
        s->var = id->sym;
        s->up = cur;
        cur = s;
    }
}

void *sema_cleanup_enter(void)
{
    return cur;
}

/* The end of a block: its variables' cleanups, if control can reach it. */
void sema_cleanup_leave(Node *block, void *mark)
{
    CleanupScope *m = mark;
    if (cur != m && sema_falls_through(block))
        block->a = list_append(block->a, calls(cur, m, block->loc));
    cur = m;
}

/* for (declaration with cleanups; ...) s: the cleanups run after the loop. s becomes
 * { declaration; for (; ...) s; cleanups } (its VLAs, if any, freed after them). */
void sema_cleanup_for_init(Node *s, void *mark)
{
    CleanupScope *m = mark;
    if (cur == m)
        return;
    Node *list = calls(cur, m, s->loc);
    cur = m;
    if (s->kind == ND_BLOCK) { /* for_vla_init's { [save;] decl; loop; [restore] } */
        Node *prev = s->a;
        while (prev->next && prev->next->next)
            prev = prev->next;
        Node *last = prev->next ? prev->next : prev;
        if (last->kind == ND_EXPR_STMT && last->a->kind == ND_SP_SET && prev != last) {
            list_append(list, last);
            prev->next = list; /* the cleanups, then the VLAs' storage freed */
        } else {
            list_append(s->a, list);
        }
        return;
    }
    Node *loop = new_node(ND_FOR, s->loc);
    *loop = *s;
    loop->next = NULL;
    loop->tail = NULL;
    Node *init = s->d;
    loop->d = NULL;
    init->next = loop;
    loop->next = list;
    s->kind = ND_BLOCK;
    s->a = init;
    s->b = s->c = s->d = NULL;
}

/* Entering a loop's or switch's body: break (and for a loop, continue) leave from here. */
void *sema_cleanup_loop_enter(bool is_loop)
{
    LoopMarks *m = arena_alloc(sizeof *m);
    m->brk = brk;
    m->cont = cont;
    brk = cur;
    if (is_loop)
        cont = cur;
    return m;
}

void sema_cleanup_loop_leave(void *saved)
{
    LoopMarks *m = saved;
    brk = m->brk;
    cont = m->cont;
}

/* s (a jump) becomes { list; s }. */
static void before_jump(Node *s, Node *list)
{
    if (!list)
        return;
    Node *jump = new_node(s->kind, s->loc);
    *jump = *s;
    jump->next = NULL;
    list_append(list, jump);
    s->kind = ND_BLOCK;
    s->a = list;
    s->b = s->c = s->d = NULL;
}

/* break or continue: the cleanups of the variables declared in the loop's body. */
void sema_cleanup_jump(Node *s)
{
    before_jump(s, calls(cur, s->kind == ND_BREAK ? brk : cont, s->loc));
}

/* return e: { tmp = e; cleanups; return tmp; } (e already converted to the type). */
void sema_cleanup_return(Node *s, Type *ret)
{
    if (!cur)
        return;
    Node *list = calls(cur, NULL, s->loc);
    if (!s->a) {
        before_jump(s, list);
        return;
    }
    Node *first = new_node(ND_EXPR_STMT, s->loc);
    if (ret->kind == TY_VOID) {
        first->a = s->a;
        s->a = NULL;
    } else {
        Sym *tmp = sema_temp_local(ty_unqual(ret), s->loc);
        Node *set = new_node(ND_ASSIGN, s->loc);
        set->a = new_var_ref(tmp, s->loc);
        set->b = s->a;
        set->ty = tmp->ty;
        first->a = set;
        s->a = new_var_ref(tmp, s->loc);
    }
    first->next = list;
    before_jump(s, first);
}

void sema_cleanup_mark(Node *n)
{
    n->cleanup_scope = cur;
}

/* A goto leaving the scope of cleanup variables (out of their block, or back to before
 * their declaration): their cleanups, up to the innermost scope the label is in. */
Node *sema_cleanup_before_goto(Node *from, Node *to)
{
    CleanupScope *target = to->cleanup_scope, *s = from->cleanup_scope, *stop = s;
    for (; stop; stop = stop->up) {
        CleanupScope *t = target;
        while (t && t != stop)
            t = t->up;
        if (t)
            break; /* stop is in scope at the label too */
    }
    return calls(s, stop, from->loc);
}

/* The end of a statement expression `({ ...; last; })`: its value (last) is computed
 * into a hidden local, then the cleanups run, then the local is the value. Returns the
 * new last statement (NULL: none has a value; code generation runs them all). */
Node *sema_cleanup_stmt_expr(Node *e, Node *last, void *mark)
{
    CleanupScope *m = mark;
    if (cur == m)
        return last;
    Node *list = calls(cur, m, e->loc);
    cur = m;
    Node *block = e->a;
    if (!last || last->a->ty->kind == TY_VOID) { /* no value: all statements are run */
        if (sema_falls_through(block))
            block->a = list_append(block->a, list);
        return NULL;
    }
    Sym *tmp = sema_temp_local(ty_unqual(last->a->ty), e->loc);
    Node *set = new_node(ND_ASSIGN, last->loc);
    set->a = new_var_ref(tmp, last->loc);
    set->b = last->a;
    set->ty = tmp->ty;
    last->a = set;
    Node *value = new_node(ND_EXPR_STMT, last->loc);
    value->a = new_var_ref(tmp, last->loc);
    list_append(list, value);
    last->next = list;
    return value;
}
