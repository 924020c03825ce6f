/* gen_spill.c - expression temporaries that wait in the frame. An operand evaluated
 * first (the left operand of a binary operator, an argument of a call, the value of
 * an assignment while its lvalue's address is computed) is "held" while the next
 * operand is evaluated. When fewer than g->need temporaries are free, the held value
 * is stored to a frame slot and its register freed; unhold reloads it. Every
 * subexpression therefore starts with at least g->need free temporaries, whatever
 * the nesting depth, so the generator never runs out of registers (docs/abi.md).
 * Held values nest, so their slots form a stack (one slot per hold depth, reused).
 */
#include "qcc.h"

int temps_free(Gen *g)
{
    int n = 0;
    for (int r = TEMP_FIRST; r <= TEMP_LAST; r++)
        if (!(g->busy & (1u << r)))
            n++;
    return n;
}

bool pressure_high(Gen *g)
{
    return temps_free(g) < g->need;
}

void emit_slot_store(Gen *g, int slot, int reg)
{
    emit_frame_addr(g, REG_SCRATCH, slot);
    emit(g, "store r%d r%d", REG_SCRATCH, reg);
}

/* Leaves r9 alone (it may hold a constant right operand): reg is the address. */
void emit_slot_load(Gen *g, int reg, int slot)
{
    emit_frame_addr(g, reg, slot);
    emit(g, "load r%d r%d", reg, reg);
}

/* The slot for the next hold depth (allocated in the frame on first use). */
int hold_slot_push(Gen *g)
{
    if (g->nhold == g->hold_cap) {
        int cap = g->hold_cap ? 2 * g->hold_cap : 16;
        int *v = arena_alloc(sizeof(int) * (size_t)cap);
        for (int i = 0; i < g->hold_cap; i++)
            v[i] = g->hold_slots[i];
        for (int i = g->hold_cap; i < cap; i++)
            v[i] = -1;
        g->hold_slots = v;
        g->hold_cap = cap;
    }
    if (g->hold_slots[g->nhold] < 0)
        g->hold_slots[g->nhold] = frame_alloc(g, 1);
    return g->hold_slots[g->nhold++];
}

void hold_slot_pop(Gen *g)
{
    g->nhold--;
}

Held hold(Gen *g, int reg)
{
    Held h = {reg, -1};
    if (reg < 0 || !is_temp(reg) || !pressure_high(g))
        return h;
    h.slot = hold_slot_push(g);
    emit_slot_store(g, h.slot, reg);
    temp_free(g, reg);
    h.reg = -1;
    return h;
}

/* The held value in a register again (in want if want >= 0). */
int unhold(Gen *g, Held h, int want)
{
    if (h.reg >= 0 || h.slot < 0)
        return gen_to_want(g, h.reg, want);
    int d = want >= 0 ? want : temp_alloc(g);
    emit_slot_load(g, d, h.slot);
    hold_slot_pop(g);
    return d;
}

/* Around a call (or __builtin_setjmp): the live temporaries not in keep go to their
 * frame slots; returns them for reload_temps. */
uint32_t spill_temps(Gen *g, uint32_t keep)
{
    uint32_t spilled = g->busy & ~keep;
    for (int r = TEMP_FIRST; r <= TEMP_LAST; r++) {
        if (spilled & (1u << r)) {
            if (g->spill[r] < 0)
                g->spill[r] = frame_alloc(g, 1);
            emit_frame_addr(g, REG_SCRATCH, g->spill[r]);
            emit(g, "store r%d r%d", REG_SCRATCH, r);
        }
    }
    return spilled;
}

void reload_temps(Gen *g, uint32_t spilled)
{
    for (int r = TEMP_FIRST; r <= TEMP_LAST; r++) {
        if (spilled & (1u << r)) {
            emit_frame_addr(g, REG_SCRATCH, g->spill[r]);
            emit(g, "load r%d r%d", r, REG_SCRATCH);
        }
    }
}
