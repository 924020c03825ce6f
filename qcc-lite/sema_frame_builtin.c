/* sema_frame_builtin.c - the builtins about the current frame (docs/abi.md "Return
 * address, frame address and __builtin_setjmp"):
 * - __builtin_return_address(0): r62 as it was at entry, kept in a hidden local set by
 *   the body's first statement; __builtin_frame_address(0): r63 there (the bottom of the
 *   function's fixed frame). There is no frame chain (no frame pointer is kept), so a
 *   nonzero level gives 0, which gcc allows ("or when the top of the stack has been
 *   reached"), with gcc's -Wframe-address warning under -Wall;
 * - __builtin_extract_return_addr / __builtin_frob_return_addr: the address itself;
 * - __builtin_setjmp(buf) / __builtin_longjmp(buf, 1): gcc's 5-word buffer (ND_BUILTIN_*,
 *   gen_ext.c). A function calling __builtin_setjmp keeps its locals in memory, so they
 *   have their latest values after the longjmp, as with gcc.
 */
#include <string.h>

#include "qcc.h"

static Sym *return_addr, *frame_addr; /* hidden locals of the current function */
static bool setjmp_used;

void sema_frame_reset(void)
{
    return_addr = frame_addr = NULL;
    setjmp_used = false;
}

/* A nested function's body has its own entry values (sema_nested_function). */
struct frame_state {
    Sym *return_addr, *frame_addr;
    bool setjmp_used;
};

void *sema_frame_save(void)
{
    struct frame_state *saved = arena_alloc(sizeof *saved);
    saved->return_addr = return_addr;
    saved->frame_addr = frame_addr;
    saved->setjmp_used = setjmp_used;
    return saved;
}

void sema_frame_restore(void *state)
{
    struct frame_state *saved = state;
    return_addr = saved->return_addr;
    frame_addr = saved->frame_addr;
    setjmp_used = saved->setjmp_used;
}

static Type *void_ptr(void) { return ty_ptr(ty_basic(TY_VOID)); }

static int nargs(Node *e)
{
    int n = 0;
    for (Node *a = e->b; a; a = a->next)
        n++;
    return n;
}

static Node *entry_value(Sym **slot, Loc loc)
{
    if (!*slot)
        *slot = sema_temp_local(void_ptr(), loc);
    (*slot)->used = true;
    return new_var_ref(*slot, loc);
}

/* __builtin_return_address(level) / __builtin_frame_address(level). */
static Node *frame_builtin(Node *e, const char *name, Sym **slot)
{
    Node *level = nargs(e) == 1 ? sema_expr(e->b) : NULL;
    if (!level || !level->is_const || !ty_is_integer(level->ty) || level->ival < 0) {
        diag_error_at(e->loc, "invalid argument to '__builtin_%s'", name);
        return sema_make_num(0, void_ptr(), e->loc);
    }
    if (!sema_current_function()) {
        diag_error_at(e->loc, "'__builtin_%s' outside a function", name);
        return sema_make_num(0, void_ptr(), e->loc);
    }
    if (level->ival > 0) {
        if (opts.wall)
            diag_warning_at(e->loc, "calling '__builtin_%s' with a nonzero argument is unsafe",
                            name);
        return sema_make_num(0, void_ptr(), e->loc); /* no frame chain to follow */
    }
    return entry_value(slot, e->loc);
}

static Node *buffer_arg(Node *e, const char *name, int count)
{
    if (nargs(e) != count) {
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_%s'", name);
        return NULL;
    }
    Node *buf = sema_expr(e->b);
    if (!ty_is_ptr(buf->ty)) {
        diag_error_at(e->loc, "'__builtin_%s' needs the address of a buffer of 5 words", name);
        return NULL;
    }
    return sema_convert(buf, ty_ptr(void_ptr()));
}

static Node *builtin_setjmp(Node *e)
{
    Node *buf = buffer_arg(e, "setjmp", 1);
    Node *n = new_node(ND_BUILTIN_SETJMP, e->loc);
    n->ty = ty_basic(TY_INT);
    if (!buf || !sema_current_function())
        return sema_make_num(0, n->ty, e->loc);
    n->a = buf;
    setjmp_used = true;
    return n;
}

static Node *builtin_longjmp(Node *e)
{
    Node *buf = buffer_arg(e, "longjmp", 2);
    Node *n = new_node(ND_BUILTIN_LONGJMP, e->loc);
    n->ty = ty_basic(TY_VOID);
    if (!buf)
        return n;
    Node *v = sema_expr(e->b->next);
    if (!v->is_const || v->ival != 1)
        diag_error_at(v->loc, "second argument to '__builtin_longjmp' must be 1");
    n->a = buf;
    n->noreturn = true;
    return n;
}

/* The builtins of this file; NULL if name is none of them. */
Node *sema_frame_builtin(Node *e, const char *name)
{
    if (strcmp(name, "return_address") == 0)
        return frame_builtin(e, name, &return_addr);
    if (strcmp(name, "frame_address") == 0)
        return frame_builtin(e, name, &frame_addr);
    if (strcmp(name, "extract_return_addr") == 0 || strcmp(name, "frob_return_addr") == 0) {
        if (nargs(e) != 1) {
            diag_error_at(e->loc, "wrong number of arguments to '__builtin_%s'", name);
            return sema_make_num(0, void_ptr(), e->loc);
        }
        return sema_convert(sema_expr(e->b), void_ptr());
    }
    if (strcmp(name, "setjmp") == 0)
        return builtin_setjmp(e);
    if (strcmp(name, "longjmp") == 0)
        return builtin_longjmp(e);
    return NULL;
}

static Node *entry_stmt(Sym *s, int kind, Loc loc)
{
    Node *get = new_node(kind, loc);
    get->ty = void_ptr();
    Node *set = new_node(ND_ASSIGN, loc);
    set->a = new_var_ref(s, loc);
    set->b = get;
    set->ty = s->ty;
    Node *st = new_node(ND_EXPR_STMT, loc);
    st->a = set;
    return st;
}

/* At the end of a function's semantic pass: the entry values are taken by the body's
 * first statements (nothing before them changes r62 or r63); a function calling
 * __builtin_setjmp keeps every local in memory. */
void sema_frame_entry(Node *fn)
{
    Node *body = fn->body;
    if (frame_addr) {
        Node *st = entry_stmt(frame_addr, ND_SP_GET, body->loc);
        st->next = body->a;
        body->a = st;
    }
    if (return_addr) {
        Node *st = entry_stmt(return_addr, ND_RETURN_ADDR, body->loc);
        st->next = body->a;
        body->a = st;
    }
    fn->uses_setjmp = setjmp_used;
    if (setjmp_used)
        for (int i = 0; i < fn->locals->n; i++)
            fn->locals->v[i]->addr_taken = true;
}
