/* gen_bitfield.c - bit-fields that the one-word code in gen_expr.c cannot handle: a
 * long long bit-field wider than 32 bits (its value is a long long, i.e. the address of
 * two words) and any bit-field that straddles two words (a long long bit-field placed
 * across a word boundary: sema_decl.c keeps it within the word it starts in and the
 * next). The field occupies bits [off, off + width) of the two words at addr, low word
 * first, off + width <= 64. */
#include "qcc.h"

static uint32_t low_mask(int n)
{
    return n >= 32 ? 0xFFFFFFFFu : (1u << n) - 1;
}

bool gen_bitfield_is_wide(int off, int width, bool ll_value)
{
    return ll_value || off + width > 32;
}

/* Sign- or zero-extends the low n bits of r in place (n < 32). */
static void extend(Gen *g, int r, int n, bool is_signed)
{
    if (is_signed) {
        emit_const(g, REG_SCRATCH, 32 - n);
        emit(g, "shl r%d r%d r%d", r, r, REG_SCRATCH);
        emit(g, "sar r%d r%d r%d", r, r, REG_SCRATCH);
    } else {
        emit_const(g, REG_SCRATCH, low_mask(n));
        emit(g, "and r%d r%d r%d", r, r, REG_SCRATCH);
    }
}

/* Reads the field into d: a one-word value, or (ll_value) the address of a fresh long
 * long slot holding it. */
int gen_bitfield_wide_load(Gen *g, int addr, int off, int width, bool is_signed,
                           bool ll_value, int d)
{
    int lo = temp_alloc(g), hi = -1;
    emit(g, "load r%d r%d", lo, addr);
    if (off + width > 32) {
        hi = temp_alloc(g);
        emit_const(g, REG_SCRATCH, 1);
        emit(g, "add r%d r%d r%d", REG_SCRATCH, addr, REG_SCRATCH);
        emit(g, "load r%d r%d", hi, REG_SCRATCH);
    }
    if (off) { /* (lo, hi) >>= off, logically */
        emit_const(g, REG_SCRATCH, off);
        emit(g, "shr r%d r%d r%d", lo, lo, REG_SCRATCH);
        if (hi >= 0) {
            int t = temp_alloc(g);
            emit_const(g, REG_SCRATCH, 32 - off);
            emit(g, "shl r%d r%d r%d", t, hi, REG_SCRATCH);
            emit(g, "or r%d r%d r%d", lo, lo, t);
            emit_const(g, REG_SCRATCH, off);
            emit(g, "shr r%d r%d r%d", hi, hi, REG_SCRATCH);
            temp_free(g, t);
        }
    }
    if (width <= 32) {
        if (width < 32)
            extend(g, lo, width, is_signed);
        if (hi >= 0)
            temp_free(g, hi);
        hi = -1;
        if (ll_value) { /* the high word: copies of the sign, or 0 */
            hi = temp_alloc(g);
            if (is_signed) {
                emit_const(g, REG_SCRATCH, 31);
                emit(g, "sar r%d r%d r%d", hi, lo, REG_SCRATCH);
            } else {
                emit_const(g, hi, 0);
            }
        }
    } else if (width < 64) {
        extend(g, hi, width - 32, is_signed);
    }
    if (!ll_value) {
        if (hi >= 0)
            temp_free(g, hi);
        emit(g, "mov r%d r%d", d, lo);
        if (d != lo)
            temp_free(g, lo);
        return d;
    }
    int s = ll_store_new(g, lo, hi);
    emit(g, "mov r%d r%d", d, s);
    if (d != s)
        temp_free(g, s);
    return d;
}

/* word at addr: its bits under mask take (bits & mask). */
static void insert(Gen *g, int addr, int bits, uint32_t mask)
{
    int word = temp_alloc(g);
    emit(g, "load r%d r%d", word, addr);
    emit_const(g, REG_SCRATCH, ~mask);
    emit(g, "and r%d r%d r%d", word, word, REG_SCRATCH);
    emit_const(g, REG_SCRATCH, mask);
    emit(g, "and r%d r%d r%d", bits, bits, REG_SCRATCH);
    emit(g, "or r%d r%d r%d", word, word, bits);
    emit(g, "store r%d r%d", addr, word);
    temp_free(g, word);
}

/* Stores the low width bits of v (a one-word value, or the address of a long long if
 * ll_value) into the field. */
void gen_bitfield_wide_store(Gen *g, int addr, int off, int width, int v, bool ll_value)
{
    int lo, hi = -1;
    if (ll_value) {
        ll_load(g, v, &lo, &hi);
    } else {
        lo = temp_alloc(g);
        emit(g, "mov r%d r%d", lo, v);
    }
    int n0 = width < 32 - off ? width : 32 - off;
    int t = temp_alloc(g);
    emit_const(g, REG_SCRATCH, off);
    emit(g, "shl r%d r%d r%d", t, lo, REG_SCRATCH);
    insert(g, addr, t, low_mask(n0) << off);
    if (off + width > 32) { /* the next word takes bits 32 - off and up of v */
        if (off) {
            emit_const(g, REG_SCRATCH, 32 - off);
            emit(g, "shr r%d r%d r%d", t, lo, REG_SCRATCH);
            if (hi >= 0) {
                emit_const(g, REG_SCRATCH, off);
                emit(g, "shl r%d r%d r%d", hi, hi, REG_SCRATCH);
                emit(g, "or r%d r%d r%d", t, t, hi);
            }
        } else {
            emit(g, "mov r%d r%d", t, hi);
        }
        int a1 = temp_alloc(g);
        emit_const(g, REG_SCRATCH, 1);
        emit(g, "add r%d r%d r%d", a1, addr, REG_SCRATCH);
        insert(g, a1, t, low_mask(off + width - 32));
        temp_free(g, a1);
    }
    temp_free(g, t);
    temp_free(g, lo);
    if (hi >= 0)
        temp_free(g, hi);
}
