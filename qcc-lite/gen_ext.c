/* gen_ext.c - code generation for the C11 and GNU forms of sema_ext.c and sema_vla.c:
 * statement expressions, label addresses and computed goto, stack allocation
 * (__builtin_alloca and variable-length arrays) and the r63 save/restore around them.
 * A function that moves r63 at run time addresses its frame through FRAME_REG
 * (gen_function sets g->fp), so frame offsets stay valid while r63 moves.
 */
#include "qcc.h"

static int value_reg(Gen *g, int want)
{
    return want >= 0 ? want : temp_alloc(g);
}

/* ({ ...; e; }): the statements, then the value of the last expression statement. */
static int gen_stmt_expr(Gen *g, Node *e, int want)
{
    for (Node *s = e->a->a; s && s != e->b; s = s->next)
        gen_statement(g, s);
    if (!e->b)
        return -1;
    if (e->b->a->ty->kind == TY_VOID) {
        gen_effect(g, e->b->a);
        return -1;
    }
    return gen_expr(g, e->b->a, want);
}

int gen_ext_expr(Gen *g, Node *e, int want)
{
    switch (e->kind) {
    case ND_STMT_EXPR:
        return gen_stmt_expr(g, e, want);
    case ND_COMPLEX_MAKE:
        return gen_complex_make(g, e, want);
    case ND_LABEL_ADDR: {
        int d = value_reg(g, want);
        emit(g, "constant r%d %s", d, e->sym->asm_name);
        return d;
    }
    case ND_ALLOCA: {
        /* r63 -= size; the block starts at the new r63 (freed at return) */
        int n = gen_expr(g, e->a, -1);
        emit(g, "sub r63 r63 r%d", n);
        temp_free(g, n);
        int d = value_reg(g, want);
        emit(g, "mov r%d r63", d);
        return d;
    }
    case ND_SP_GET: {
        int d = value_reg(g, want);
        emit(g, "mov r%d r63", d);
        return d;
    }
    case ND_SP_SET: {
        if (g->fn->calls_alloca)
            return -1; /* VLA storage stays until return, with the alloca blocks after it */
        int v = gen_expr(g, e->a, -1);
        emit(g, "mov r63 r%d", v);
        temp_free(g, v);
        return -1;
    }
    default:
        diag_error_at(e->loc, "internal: cannot generate expression kind %d", e->kind);
        return value_reg(g, want);
    }
}

bool gen_ext_stmt(Gen *g, Node *s)
{
    if (s->kind == ND_NONLOCAL_GOTO) {
        gen_nonlocal_goto(g, s);
        return true;
    }
    if (s->kind != ND_GOTO_PTR)
        return false;
    int r = gen_expr(g, s->a, -1);
    emit(g, "jmp r%d", r);
    temp_free(g, r);
    return true;
}
