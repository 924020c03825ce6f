/* gen_switch_ll.c - the dispatch of a switch on a long long value: the value's two
 * words are compared with each case's (a range by the unsigned 64-bit test
 * v - lo < hi - lo + 1), or, when the cases are dense, a jump table is indexed by the
 * low word of v - min once its high word is known to be 0. */
#include "qcc.h"

/* A case value as an unsigned key that orders like the switch's type. */
static uint64_t key(bool is_signed, int64_t v)
{
    return (uint64_t)v ^ (is_signed ? UINT64_C(1) << 63 : 0);
}

/* A case label that matches some value: not `default`, not an empty range (hi < lo). */
static bool live_case(const Node *c, bool is_signed)
{
    return c->kind == ND_CASE && key(is_signed, c->a->ival) <= key(is_signed, c->c->ival);
}

/* d = (lo, hi) - c in two fresh temporaries. */
static void sub_const(Gen *g, int lo, int hi, uint64_t c, int *dlo, int *dhi)
{
    int borrow = temp_alloc(g);
    *dlo = temp_alloc(g);
    *dhi = temp_alloc(g);
    emit_const(g, REG_SCRATCH, (uint32_t)c);
    emit(g, "sub r%d r%d r%d", *dlo, lo, REG_SCRATCH);
    emit(g, "lt r%d r%d r%d", borrow, lo, REG_SCRATCH);
    emit_const(g, REG_SCRATCH, (uint32_t)(c >> 32));
    emit(g, "sub r%d r%d r%d", *dhi, hi, REG_SCRATCH);
    emit(g, "sub r%d r%d r%d", *dhi, *dhi, borrow);
    temp_free(g, borrow);
}

/* Jumps to label if (lo, hi) == c. */
static void branch_equal(Gen *g, int lo, int hi, uint64_t c, int label)
{
    int t = temp_alloc(g), u = temp_alloc(g);
    emit_const(g, REG_SCRATCH, (uint32_t)(c >> 32));
    emit(g, "eq r%d r%d r%d", t, hi, REG_SCRATCH);
    emit_const(g, REG_SCRATCH, (uint32_t)c);
    emit(g, "eq r%d r%d r%d", u, lo, REG_SCRATCH);
    emit(g, "and r%d r%d r%d", t, t, u);
    emit_branch(g, t, label, true);
    temp_free(g, u);
    temp_free(g, t);
}

/* Jumps to label if (lo, hi) - first <u count (count 0 stands for 2^64: always). */
static void branch_range(Gen *g, int lo, int hi, uint64_t first, uint64_t count, int label)
{
    if (count == 0) {
        emit_jump(g, label);
        return;
    }
    int dlo, dhi;
    sub_const(g, lo, hi, first, &dlo, &dhi);
    int t = temp_alloc(g);
    /* lt = dhi <u chi | (dhi == chi & dlo <u clo) */
    emit_const(g, REG_SCRATCH, (uint32_t)count);
    emit(g, "lt r%d r%d r%d", dlo, dlo, REG_SCRATCH);
    emit_const(g, REG_SCRATCH, (uint32_t)(count >> 32));
    emit(g, "eq r%d r%d r%d", t, dhi, REG_SCRATCH);
    emit(g, "and r%d r%d r%d", dlo, dlo, t);
    emit(g, "lt r%d r%d r%d", t, dhi, REG_SCRATCH);
    emit(g, "or r%d r%d r%d", t, t, dlo);
    emit_branch(g, t, label, true);
    temp_free(g, t);
    temp_free(g, dlo);
    temp_free(g, dhi);
}

/* Dense cases: index a table by the low word of v - min when the high word is 0. */
static void dispatch_table(Gen *g, int lo, int hi, bool is_signed, Node **cases, int n,
                           uint64_t min, int64_t range, int dflt)
{
    int *targets = arena_alloc(sizeof(int) * (size_t)range);
    for (int64_t k = 0; k < range; k++)
        targets[k] = dflt;
    for (int i = 0; i < n; i++) {
        Node *c = cases[i];
        if (!live_case(c, is_signed))
            continue;
        uint64_t first = (uint64_t)c->a->ival - min, last = (uint64_t)c->c->ival - min;
        for (uint64_t k = first; k <= last; k++)
            targets[k] = c->label;
    }
    int dlo, dhi;
    sub_const(g, lo, hi, min, &dlo, &dhi);
    emit_branch(g, dhi, dflt, true);
    temp_free(g, dhi);
    gen_jump_table(g, dlo, 0, range, targets, dflt);
    temp_free(g, dlo);
}

/* v is the address of the switch value; cases are in source order. */
void gen_switch_ll(Gen *g, int v, bool is_signed, Node **cases, int n, int dflt)
{
    int lo, hi;
    ll_load(g, v, &lo, &hi);
    temp_free(g, v);
    uint64_t kmin = 0, kmax = 0, min = 0;
    int64_t ncases = 0;
    for (int i = 0; i < n; i++) {
        Node *c = cases[i];
        if (!live_case(c, is_signed))
            continue;
        uint64_t k0 = key(is_signed, c->a->ival), k1 = key(is_signed, c->c->ival);
        if (ncases == 0 || k0 < kmin) {
            kmin = k0;
            min = (uint64_t)c->a->ival;
        }
        if (ncases == 0 || k1 > kmax)
            kmax = k1;
        ncases += k1 - k0 < 64 ? (int64_t)(k1 - k0) + 1 : 64;
    }
    if (opts.opt > 0 && ncases >= 4 && kmax - kmin < 512 &&
        (int64_t)(kmax - kmin) + 1 <= 3 * ncases) {
        dispatch_table(g, lo, hi, is_signed, cases, n, min, (int64_t)(kmax - kmin) + 1, dflt);
    } else {
        for (int i = 0; i < n; i++) {
            Node *c = cases[i];
            if (!live_case(c, is_signed))
                continue;
            uint64_t k0 = key(is_signed, c->a->ival), k1 = key(is_signed, c->c->ival);
            if (k0 == k1)
                branch_equal(g, lo, hi, (uint64_t)c->a->ival, c->label);
            else
                branch_range(g, lo, hi, (uint64_t)c->a->ival, k1 - k0 + 1, c->label);
        }
        emit_jump(g, dflt);
    }
    temp_free(g, lo);
    temp_free(g, hi);
}
