/* gen_call.c - code generation for calls (docs/abi.md): arguments in r1-r8 and on the
 * stack (stack arguments wait in frame slots while the others are evaluated), live
 * temporaries spilled around the call, struct results through r0, long long results in
 * r0:r1; and va_start.
 */
#include "qcc.h"

/* A register argument that waited in a frame slot goes straight to its register(s). */
static void load_held_arg(Gen *g, int slot, int reg, bool is_ll)
{
    if (!is_ll) {
        emit_slot_load(g, reg, slot);
        return;
    }
    emit_slot_load(g, REG_SCRATCH, slot); /* the address of the two words */
    emit(g, "load r%d r%d", reg, REG_SCRATCH);
    emit_const(g, reg + 1, 1);
    emit(g, "add r%d r%d r%d", reg + 1, REG_SCRATCH, reg + 1);
    emit(g, "load r%d r%d", reg + 1, reg + 1);
}

int gen_call(Gen *g, Node *e, int want)
{
    Type *ft = e->a->ty->base;
    g->calls = true;
    int nargs = 0;
    for (Node *a = e->b; a; a = a->next)
        nargs++;
    int *regs = arena_alloc(sizeof(int) * (size_t)(nargs + 1));
    int nfixed = 0;
    for (Param *p = ft->params; p; p = p->next)
        nfixed++;
    /* where each argument goes (docs/abi.md) is known from the types alone */
    Type **types = arena_alloc(sizeof(Type *) * (size_t)(nargs + 1));
    int i = 0;
    for (Node *a = e->b; a; a = a->next)
        types[i++] = a->ty;
    int *where = arena_alloc(sizeof(int) * (size_t)(nargs + 1)); /* >0 reg, <0 stack */
    int nstack = place_args(types, nargs, nfixed, ft->variadic, where);
    int *parked = arena_alloc(sizeof(int) * (size_t)(nargs + 1));
    /* register arguments wait in the frame too when temporaries run short (gen_spill.c) */
    Held *held = arena_alloc(sizeof(Held) * (size_t)(nargs + 1));
    i = 0;
    for (Node *a = e->b; a; a = a->next, i++) {
        if (ty_by_reference(a->ty) && !a->ty->vla) { /* VLA members: sema copied it */
            int size = ty_size(a->ty);
            int slot = frame_alloc(g, size);
            int src = gen_expr(g, a, -1);
            int dst = temp_alloc(g);
            emit_frame_addr(g, dst, slot);
            emit_copy(g, dst, src, size);
            temp_free(g, src);
            regs[i] = dst;
        } else {
            regs[i] = gen_expr(g, a, -1);
        }
        if (where[i] < 0) {
            /* stack arguments wait in the frame, so that any number of them can be
             * evaluated without holding registers */
            int words = ty_two_words(types[i]) ? 2 : 1;
            parked[i] = frame_alloc(g, words);
            int slot = temp_alloc(g);
            emit_frame_addr(g, slot, parked[i]);
            if (words == 2)
                ll_copy(g, slot, regs[i]);
            else
                emit(g, "store r%d r%d", slot, regs[i]);
            temp_free(g, slot);
            temp_free(g, regs[i]);
            regs[i] = -1;
            held[i] = (Held){-1, -1};
        } else {
            held[i] = hold(g, regs[i]);
            regs[i] = held[i].reg;
        }
    }
    bool direct = e->a->kind == ND_DECAY && e->a->a->kind == ND_VAR &&
                  e->a->a->sym->kind == SYM_FUNC;
    int fnreg = direct ? -1 : gen_expr(g, e->a, -1);
    bool sret = ty_by_reference(e->ty);
    int sret_slot = sret ? frame_alloc(g, ty_size(e->ty)) : 0;
    /* spill live temporaries that are not part of this call */
    uint32_t keep = 0;
    for (int k = 0; k < nargs; k++)
        if (is_temp(regs[k]))
            keep |= 1u << regs[k];
    if (fnreg >= 0 && is_temp(fnreg))
        keep |= 1u << fnreg;
    if (want >= 0 && is_temp(want))
        keep |= 1u << want;
    uint32_t spilled = spill_temps(g, keep);
    /* stack arguments: from their parking slots (r63 moves down by nstack first) */
    if (nstack) {
        emit_const(g, REG_SCRATCH, nstack);
        emit(g, "sub r63 r63 r%d", REG_SCRATCH);
        for (int k = 0; k < nargs; k++) {
            if (where[k] >= 0)
                continue;
            for (int w = 0; w < (ty_two_words(types[k]) ? 2 : 1); w++) {
                emit_frame_addr(g, REG_SCRATCH, (g->fp == REG_SP ? nstack : 0) + parked[k] + w);
                emit(g, "load r0 r%d", REG_SCRATCH);
                emit_sp_addr(g, REG_SCRATCH, -1 - where[k] + w);
                emit(g, "store r%d r0", REG_SCRATCH);
            }
        }
    }
    for (int k = 0; k < nargs; k++) {
        if (where[k] < 0)
            continue;
        if (held[k].slot >= 0) {
            /* r63 has moved down by nstack for the stack arguments */
            load_held_arg(g, held[k].slot + (g->fp == REG_SP ? nstack : 0), where[k],
                          ty_two_words(types[k]));
        } else if (ty_two_words(types[k])) {
            emit(g, "load r%d r%d", where[k], regs[k]);
            emit_const(g, REG_SCRATCH, 1);
            emit(g, "add r%d r%d r%d", REG_SCRATCH, regs[k], REG_SCRATCH);
            emit(g, "load r%d r%d", where[k] + 1, REG_SCRATCH);
        } else if (where[k] != regs[k]) {
            emit(g, "mov r%d r%d", where[k], regs[k]);
        }
    }
    if (sret)
        emit_frame_addr(g, 0, sret_slot);
    if (direct && e->a->a->sym->nested_def) /* the static chain (gen_nested.c) */
        gen_chain_to(g, CHAIN_REG, e->a->a->sym->nested_def->parent_fn, nstack);
    int ret = new_label(g);
    emit(g, "constant r62 %s", gen_label_name(g, ret));
    if (direct) {
        emit(g, "constant r%d %s", REG_SCRATCH, e->a->a->sym->asm_name);
        emit(g, "jmp r%d", REG_SCRATCH);
    } else {
        emit(g, "jmp r%d", fnreg);
    }
    emit_label(g, ret);
    if (nstack) {
        emit_const(g, REG_SCRATCH, nstack);
        emit(g, "add r63 r63 r%d", REG_SCRATCH);
    }
    for (int k = 0; k < nargs; k++) {
        temp_free(g, regs[k]);
        if (held[k].slot >= 0)
            hold_slot_pop(g);
    }
    if (fnreg >= 0)
        temp_free(g, fnreg);
    int d = -1;
    if (ty_two_words(e->ty)) {
        int s = ll_slot(g);
        emit(g, "store r%d r0", s);
        emit_const(g, REG_SCRATCH, 1);
        emit(g, "add r%d r%d r%d", REG_SCRATCH, s, REG_SCRATCH);
        emit(g, "store r%d r1", REG_SCRATCH);
        d = gen_to_want(g, s, want);
    } else if (e->ty->kind != TY_VOID) {
        d = gen_dest(g, want);
        if (d != 0)
            emit(g, "mov r%d r0", d);
    }
    reload_temps(g, spilled);
    return d;
}

int gen_va_start(Gen *g, Node *e)
{
    /* ap = entry r63 + named parameters passed on the stack */
    Type *ft = g->fn->sym->ty;
    int named = 0;
    for (Param *p = ft->params; p; p = p->next)
        named++;
    Type **types = arena_alloc(sizeof(Type *) * (size_t)(named + 1));
    int *where = arena_alloc(sizeof(int) * (size_t)(named + 1));
    named = 0;
    for (Param *p = ft->params; p; p = p->next)
        types[named++] = p->ty;
    int on_stack = place_args(types, named, named, false, where);
    int t = temp_alloc(g);
    emit(g, "constant r%d \x01%d\x02", t, on_stack);
    emit(g, "add r%d r%d r%d", t, g->fp, t);
    gen_store_to(g, e->a, t); /* consumes t */
    return -1;
}

