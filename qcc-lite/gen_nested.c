/* gen_nested.c - GNU nested functions in the code generator (docs/abi.md "Nested
 * functions"): a function with nested functions keeps its frame base in FRAME_REG
 * and its locals in memory; a nested function receives that base (the static
 * chain) in CHAIN_REG and keeps it in a frame slot, so the frames of all enclosing
 * functions are reached by following the saved chains. Each nested function has a
 * trampoline in its parent's frame (`constant r31 <chain>; constant r9 <f>; jmp r9`),
 * whose address is the function's address. A non-local goto sets r61 and r63 to
 * the target function's frame base and jumps to the label.
 */
#include "qcc.h"

enum { TRAMP_WORDS = 5 };

const char *gen_fn_name(Node *fn)
{
    return sema_fn_base_name(fn);
}

/* The trampoline's words: constant r31 / chain / constant r9 / the function / jmp r9. */
static void write_trampoline(Gen *g, Node *nested)
{
    int p = temp_alloc(g), one = temp_alloc(g);
    emit_frame_addr(g, p, nested->tramp_off);
    emit_const(g, one, 1);
    const char *words[TRAMP_WORDS] = {
        arena_printf("0x05%02X0000", CHAIN_REG), NULL, "0x05090000", nested->sym->asm_name,
        "0x14000900"};
    for (int k = 0; k < TRAMP_WORDS; k++) {
        if (k)
            emit(g, "add r%d r%d r%d", p, p, one);
        if (!words[k]) {
            emit(g, "store r%d r%d", p, g->fp); /* the chain: this frame's base */
            continue;
        }
        emit(g, "constant r%d %s", REG_SCRATCH, words[k]);
        emit(g, "store r%d r%d", p, REG_SCRATCH);
    }
    temp_free(g, one);
    temp_free(g, p);
}

/* At the start of the body: a nested function saves its chain; a function with
 * nested functions builds their trampolines. */
void gen_nested_prologue(Gen *g)
{
    Node *fn = g->fn;
    if (fn->parent_fn) {
        fn->chain_off = frame_alloc(g, 1);
        emit_frame_addr(g, REG_SCRATCH, fn->chain_off);
        emit(g, "store r%d r%d", REG_SCRATCH, CHAIN_REG);
    }
    for (Node *n = fn->nested_fns; n; n = n->next) {
        if (!n->sym)
            continue;
        n->tramp_off = frame_alloc(g, TRAMP_WORDS);
        write_trampoline(g, n);
    }
}

/* dst = the frame base of owner, the current function or one enclosing it. r63 may
 * have moved down by sp_adjust words (stack arguments of a call being made). Uses
 * only dst and r9. */
void gen_chain_to(Gen *g, int dst, Node *owner, int sp_adjust)
{
    Node *fn = g->fn;
    if (owner == fn) {
        emit(g, "mov r%d r%d", dst, g->fp);
        return;
    }
    emit_frame_addr(g, dst, fn->chain_off + (g->fp == REG_SP ? sp_adjust : 0));
    emit(g, "load r%d r%d", dst, dst);
    for (Node *f = fn->parent_fn; f && f != owner; f = f->parent_fn) {
        emit_const(g, REG_SCRATCH, f->chain_off); /* f's frame base is its FRAME_REG */
        emit(g, "add r%d r%d r%d", REG_SCRATCH, dst, REG_SCRATCH);
        emit(g, "load r%d r%d", dst, REG_SCRATCH);
    }
}

/* The address of s: a local of an enclosing function, or a nested function (its
 * trampoline). */
int gen_outer_addr(Gen *g, Sym *s)
{
    int t = temp_alloc(g);
    Node *owner = s->nested_def ? s->nested_def->parent_fn : s->owner;
    int off = s->nested_def ? s->nested_def->tramp_off : s->offset;
    gen_chain_to(g, t, owner, 0);
    if (off) {
        emit_const(g, REG_SCRATCH, off);
        emit(g, "add r%d r%d r%d", t, t, REG_SCRATCH);
    }
    return t;
}

/* goto to a label of an enclosing function: its frame base becomes FRAME_REG and
 * r63 (the frames in between are dropped), then the jump. */
void gen_nonlocal_goto(Gen *g, Node *s)
{
    int t = temp_alloc(g);
    gen_chain_to(g, t, s->body, 0);
    emit(g, "mov r%d r%d", FRAME_REG, t);
    emit(g, "mov r%d r%d", REG_SP, t);
    emit(g, "constant r%d %s", REG_SCRATCH,
         asm_symbol(arena_printf("%s$u$%s", gen_fn_name(s->body), s->name)));
    emit(g, "jmp r%d", REG_SCRATCH);
    temp_free(g, t);
}

/* After a function: its nested functions, each before its own nested ones (which
 * need its frame layout). */
void gen_nested_functions(Node *fn, FILE *out)
{
    for (Node *n = fn->nested_fns; n; n = n->next) {
        if (!n->sym || !n->locals)
            continue;
        gen_function(n, out);
        gen_nested_functions(n, out);
    }
}
