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

/* word k of the buffer at buf (k > 0) into REG_SCRATCH as an address */
static void buffer_word(Gen *g, int buf, int k)
{
    emit_const(g, REG_SCRATCH, k);
    emit(g, "add r%d r%d r%d", REG_SCRATCH, buf, REG_SCRATCH);
}

/* __builtin_setjmp(buf): buf[0] = r61, buf[1] = the receiver label, buf[2] = r63; 0 now,
 * 1 when __builtin_longjmp arrives at the label with r61 and r63 restored. Like a call,
 * the live temporaries wait in the frame; the function's locals are in memory and it
 * saves every callee-saved register (gen_setjmp_function), so nothing else is lost. */
static int gen_builtin_setjmp(Gen *g, Node *e, int want)
{
    int buf = gen_expr(g, e->a, -1);
    uint32_t spilled = spill_temps(g, is_temp(buf) ? 1u << buf : 0);
    int receiver = new_label(g);
    emit(g, "store r%d r%d", buf, FRAME_REG);
    buffer_word(g, buf, 1);
    emit(g, "constant r%d %s", REG_RA, gen_label_name(g, receiver));
    emit(g, "store r%d r%d", REG_SCRATCH, REG_RA);
    buffer_word(g, buf, 2);
    emit(g, "store r%d r%d", REG_SCRATCH, REG_SP);
    temp_free(g, buf);
    emit_const(g, 0, 0);
    emit_label(g, receiver);
    int d = gen_dest(g, want);
    emit(g, "mov r%d r0", d);
    reload_temps(g, spilled);
    return d;
}

/* __builtin_longjmp(buf, 1): back to the receiver with r0 = 1. */
static void gen_builtin_longjmp(Gen *g, Node *e)
{
    int buf = gen_expr(g, e->a, -1);
    buffer_word(g, buf, 1);
    emit(g, "load r%d r%d", REG_RA, REG_SCRATCH);
    buffer_word(g, buf, 2);
    emit(g, "load r%d r%d", REG_SP, REG_SCRATCH);
    emit(g, "load r%d r%d", FRAME_REG, buf);
    temp_free(g, buf);
    emit_const(g, 0, 1);
    emit(g, "jmp r%d", REG_RA);
}

/* A function calling __builtin_setjmp saves r62 and every callee-saved register in its
 * prologue, so a __builtin_longjmp, which skips the epilogues of the functions between,
 * loses none of its caller's registers. */
void gen_setjmp_function(Gen *g)
{
    g->calls = true;
    for (int r = LOCAL_FIRST; r <= LOCAL_LAST; r++)
        g->saved |= 1ull << r;
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
    case ND_RETURN_ADDR: { /* only as the body's first statement (sema_frame_builtin.c) */
        int d = value_reg(g, want);
        emit(g, "mov r%d r%d", d, REG_RA);
        return d;
    }
    case ND_BUILTIN_SETJMP:
        return gen_builtin_setjmp(g, e, want);
    case ND_BUILTIN_LONGJMP:
        gen_builtin_longjmp(g, e);
        return -1;
    default:
        diag_error_at(e->loc, "internal: cannot generate expression kind %d", e->kind);
        return value_reg(g, want);
    }
}

/* Copies a struct with VLA members: `words` (its hidden size) words from src to dst. */
void gen_copy_words(Gen *g, int dst, int src, Node *words)
{
    int n = temp_alloc(g);
    gen_expr(g, words, n);
    emit_copy_loop(g, dst, src, n, true);
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
