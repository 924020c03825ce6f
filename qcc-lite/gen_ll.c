/* gen_ll.c - code generation for long long (two words, low word first). A long long
 * value is represented like a small struct: by the address of two words in memory
 * (each operation writes its result to a fresh two-word frame slot). There is no
 * carry flag or 64-bit instruction, so every operation is open-coded here.
 */
#include "qcc.h"

bool ty_is_ll(Type *t)
{
    return t->kind == TY_LLONG || t->kind == TY_ULLONG;
}

int ll_slot(Gen *g)
{
    int t = temp_alloc(g);
    emit_frame_addr(g, t, frame_alloc(g, 2));
    return t;
}

void ll_load(Gen *g, int addr, int *lo, int *hi)
{
    *lo = temp_alloc(g);
    *hi = temp_alloc(g);
    emit(g, "load r%d r%d", *lo, addr);
    emit_const(g, REG_SCRATCH, 1);
    emit(g, "add r%d r%d r%d", REG_SCRATCH, addr, REG_SCRATCH);
    emit(g, "load r%d r%d", *hi, REG_SCRATCH);
}

/* Stores lo/hi into a new slot (frees them); returns the slot's address. */
int ll_store_new(Gen *g, int lo, int hi)
{
    int s = ll_slot(g);
    emit(g, "store r%d r%d", s, lo);
    emit_const(g, REG_SCRATCH, 1);
    emit(g, "add r%d r%d r%d", REG_SCRATCH, s, REG_SCRATCH);
    emit(g, "store r%d r%d", REG_SCRATCH, hi);
    temp_free(g, lo);
    temp_free(g, hi);
    return s;
}

/* Copies the value at src into dst (both addresses). */
void ll_copy(Gen *g, int dst, int src)
{
    emit_copy(g, dst, src, 2);
}

int ll_const(Gen *g, int64_t v)
{
    int lo = temp_alloc(g), hi = temp_alloc(g);
    emit_const(g, lo, (uint32_t)v);
    emit_const(g, hi, (uint32_t)((uint64_t)v >> 32));
    return ll_store_new(g, lo, hi);
}

int ll_from_int(Gen *g, int r, bool is_signed)
{
    int lo = temp_alloc(g), hi = temp_alloc(g);
    emit(g, "mov r%d r%d", lo, r);
    if (is_signed) {
        emit_const(g, REG_SCRATCH, 31);
        emit(g, "sar r%d r%d r%d", hi, r, REG_SCRATCH);
    } else {
        emit_const(g, hi, 0);
    }
    return ll_store_new(g, lo, hi);
}

/* The low word (conversion to a one-word integer). */
int ll_low(Gen *g, int addr, int d)
{
    emit(g, "load r%d r%d", d, addr);
    return d;
}

/* d = (value != 0) */
int ll_truth(Gen *g, int addr, int d)
{
    int lo, hi;
    ll_load(g, addr, &lo, &hi);
    emit(g, "or r%d r%d r%d", lo, lo, hi);
    emit_const(g, REG_SCRATCH, 0);
    emit(g, "neq r%d r%d r%d", d, lo, REG_SCRATCH);
    temp_free(g, lo);
    temp_free(g, hi);
    return d;
}

/* d = (float)value, rounded once: a value of more than 32 bits is shifted right into
 * 32 bits, each shifted-out bit jammed into bit 0 (so the one rounding of utof is
 * still to nearest even), and scaled back by a power of two; a negative signed value
 * is negated first and its result negated. */
static void negate_pair(Gen *g, int lo, int hi);

int ll_to_float(Gen *g, int addr, bool is_signed, int d)
{
    int lo, hi;
    ll_load(g, addr, &lo, &hi);
    int neg = temp_alloc(g), t = temp_alloc(g), scale = temp_alloc(g);
    emit_const(g, neg, 0);
    if (is_signed) {
        emit_const(g, REG_SCRATCH, 0);
        emit(g, "slt r%d r%d r%d", neg, hi, REG_SCRATCH);
        int pos = new_label(g);
        emit_branch(g, neg, pos, false);
        negate_pair(g, lo, hi);
        emit_label(g, pos);
    }
    emit_const(g, scale, 0x3F800000u); /* 1.0f */
    int loop = new_label(g), done = new_label(g);
    emit_label(g, loop);
    emit(g, "; no-hoist");
    emit_branch(g, hi, done, false);
    emit_const(g, REG_SCRATCH, 1);
    emit(g, "and r%d r%d r%d", t, lo, REG_SCRATCH);
    emit(g, "shr r%d r%d r%d", lo, lo, REG_SCRATCH);
    emit(g, "or r%d r%d r%d", lo, lo, t);
    emit_const(g, REG_SCRATCH, 31);
    emit(g, "shl r%d r%d r%d", t, hi, REG_SCRATCH);
    emit(g, "or r%d r%d r%d", lo, lo, t);
    emit_const(g, REG_SCRATCH, 1);
    emit(g, "shr r%d r%d r%d", hi, hi, REG_SCRATCH);
    emit_const(g, REG_SCRATCH, 0x40000000u); /* 2.0f */
    emit(g, "fmul r%d r%d r%d", scale, scale, REG_SCRATCH);
    emit_jump(g, loop);
    emit_label(g, done);
    emit(g, "utof r%d r%d", lo, lo);
    emit(g, "fmul r%d r%d r%d", lo, lo, scale);
    /* negate: flip the sign bit when neg, (x | s) & ~(x & s) with s = neg << 31 */
    emit_const(g, REG_SCRATCH, 31);
    emit(g, "shl r%d r%d r%d", neg, neg, REG_SCRATCH);
    emit(g, "and r%d r%d r%d", t, lo, neg);
    emit(g, "not r%d r%d", t, t);
    emit(g, "or r%d r%d r%d", lo, lo, neg);
    emit(g, "and r%d r%d r%d", d, lo, t);
    temp_free(g, neg);
    temp_free(g, t);
    temp_free(g, scale);
    temp_free(g, lo);
    temp_free(g, hi);
    return d;
}

/* lo:hi = -(lo:hi) in place */
static void negate_pair(Gen *g, int lo, int hi)
{
    int z = temp_alloc(g);
    emit_const(g, z, 0);
    emit(g, "lt r%d r%d r%d", REG_SCRATCH, z, lo); /* borrow = lo != 0 */
    emit(g, "sub r%d r%d r%d", lo, z, lo);
    emit(g, "sub r%d r%d r%d", hi, z, hi);
    emit(g, "sub r%d r%d r%d", hi, hi, REG_SCRATCH);
    temp_free(g, z);
}

int ll_from_float(Gen *g, int f, bool is_signed)
{
    (void)is_signed;
    /* |f| split into 2^32 * hi + lo, then the sign */
    int a = temp_alloc(g), neg = temp_alloc(g), lo = temp_alloc(g), hi = temp_alloc(g);
    emit_const(g, REG_SCRATCH, 0);
    emit(g, "flt r%d r%d r%d", neg, f, REG_SCRATCH);
    emit_const(g, REG_SCRATCH, 0x7FFFFFFFu);
    emit(g, "and r%d r%d r%d", a, f, REG_SCRATCH);
    emit_const(g, REG_SCRATCH, 0x2F800000u); /* 2^-32 */
    emit(g, "fmul r%d r%d r%d", hi, a, REG_SCRATCH);
    emit(g, "ftoi r%d r%d", hi, hi);
    emit(g, "utof r%d r%d", lo, hi);
    emit_const(g, REG_SCRATCH, 0x4F800000u); /* 2^32 */
    emit(g, "fmul r%d r%d r%d", lo, lo, REG_SCRATCH);
    emit(g, "fsub r%d r%d r%d", lo, a, lo);
    emit(g, "ftoi r%d r%d", lo, lo);
    int skip = new_label(g);
    emit_branch(g, neg, skip, false);
    negate_pair(g, lo, hi);
    emit_label(g, skip);
    temp_free(g, a);
    temp_free(g, neg);
    return ll_store_new(g, lo, hi);
}

/* lo:hi += blo:bhi (add) or -= (sub), in place */
static void add_pair(Gen *g, int lo, int hi, int blo, int bhi, bool sub)
{
    int c = temp_alloc(g);
    if (sub) {
        emit(g, "lt r%d r%d r%d", c, lo, blo);
        emit(g, "sub r%d r%d r%d", lo, lo, blo);
        emit(g, "sub r%d r%d r%d", hi, hi, bhi);
        emit(g, "sub r%d r%d r%d", hi, hi, c);
    } else {
        emit(g, "add r%d r%d r%d", lo, lo, blo);
        emit(g, "lt r%d r%d r%d", c, lo, blo);
        emit(g, "add r%d r%d r%d", hi, hi, bhi);
        emit(g, "add r%d r%d r%d", hi, hi, c);
    }
    temp_free(g, c);
}

/* plo:phi = a * b (32 x 32 -> 64, unsigned) */
static void mul_wide(Gen *g, int a, int b, int plo, int phi)
{
    int a0 = temp_alloc(g), a1 = temp_alloc(g), b0 = temp_alloc(g), b1 = temp_alloc(g);
    int m = temp_alloc(g), k16 = temp_alloc(g), mask = temp_alloc(g), t = temp_alloc(g);
    emit_const(g, k16, 16);
    emit_const(g, mask, 0xFFFF);
    emit(g, "and r%d r%d r%d", a0, a, mask);
    emit(g, "shr r%d r%d r%d", a1, a, k16);
    emit(g, "and r%d r%d r%d", b0, b, mask);
    emit(g, "shr r%d r%d r%d", b1, b, k16);
    emit(g, "mul r%d r%d r%d", plo, a0, b0);      /* p00 */
    emit(g, "mul r%d r%d r%d", phi, a1, b1);      /* p11 */
    emit(g, "mul r%d r%d r%d", a0, a0, b1);       /* p01 */
    emit(g, "mul r%d r%d r%d", a1, a1, b0);       /* p10 */
    emit(g, "shr r%d r%d r%d", m, plo, k16);      /* mid = p00>>16 + p01&m + p10&m */
    emit(g, "and r%d r%d r%d", t, a0, mask);
    emit(g, "add r%d r%d r%d", m, m, t);
    emit(g, "and r%d r%d r%d", t, a1, mask);
    emit(g, "add r%d r%d r%d", m, m, t);
    emit(g, "and r%d r%d r%d", plo, plo, mask);
    emit(g, "shl r%d r%d r%d", t, m, k16);
    emit(g, "or r%d r%d r%d", plo, plo, t);
    emit(g, "shr r%d r%d r%d", t, a0, k16);
    emit(g, "add r%d r%d r%d", phi, phi, t);
    emit(g, "shr r%d r%d r%d", t, a1, k16);
    emit(g, "add r%d r%d r%d", phi, phi, t);
    emit(g, "shr r%d r%d r%d", t, m, k16);
    emit(g, "add r%d r%d r%d", phi, phi, t);
    int regs[] = {a0, a1, b0, b1, m, k16, mask, t};
    for (int i = 0; i < 8; i++)
        temp_free(g, regs[i]);
}

/* n = n / d, r = n % d (unsigned 64-bit; quotient in nlo:nhi, remainder in rlo:rhi) */
static void udivmod(Gen *g, int nlo, int nhi, int dlo, int dhi, int rlo, int rhi)
{
    int count = temp_alloc(g), one = temp_alloc(g), k31 = temp_alloc(g), t = temp_alloc(g);
    int ge = temp_alloc(g);
    emit_const(g, rlo, 0);
    emit_const(g, rhi, 0);
    emit_const(g, count, 64);
    emit_const(g, one, 1);
    emit_const(g, k31, 31);
    int loop = new_label(g), no = new_label(g);
    emit_label(g, loop);
    emit(g, "; no-hoist");
    /* (r, n) <<= 1 as one 128-bit value */
    emit(g, "shl r%d r%d r%d", rhi, rhi, one);
    emit(g, "shr r%d r%d r%d", t, rlo, k31);
    emit(g, "or r%d r%d r%d", rhi, rhi, t);
    emit(g, "shl r%d r%d r%d", rlo, rlo, one);
    emit(g, "shr r%d r%d r%d", t, nhi, k31);
    emit(g, "or r%d r%d r%d", rlo, rlo, t);
    emit(g, "shl r%d r%d r%d", nhi, nhi, one);
    emit(g, "shr r%d r%d r%d", t, nlo, k31);
    emit(g, "or r%d r%d r%d", nhi, nhi, t);
    emit(g, "shl r%d r%d r%d", nlo, nlo, one);
    /* r >= d ?  (rhi > dhi) | (rhi == dhi & !(rlo < dlo)) */
    emit(g, "lt r%d r%d r%d", t, rlo, dlo);
    emit(g, "sub r%d r%d r%d", t, one, t);
    emit(g, "eq r%d r%d r%d", ge, rhi, dhi);
    emit(g, "and r%d r%d r%d", ge, ge, t);
    emit(g, "gt r%d r%d r%d", t, rhi, dhi);
    emit(g, "or r%d r%d r%d", ge, ge, t);
    emit_branch(g, ge, no, false);
    add_pair(g, rlo, rhi, dlo, dhi, true);
    emit(g, "or r%d r%d r%d", nlo, nlo, one);
    emit_label(g, no);
    emit(g, "sub r%d r%d r%d", count, count, one);
    emit_branch(g, count, loop, true);
    int regs[] = {count, one, k31, t, ge};
    for (int i = 0; i < 5; i++)
        temp_free(g, regs[i]);
}

/* sign (1 if negative) of hi, and makes lo:hi non-negative */
static int abs_pair(Gen *g, int lo, int hi)
{
    int s = temp_alloc(g);
    emit_const(g, REG_SCRATCH, 31);
    emit(g, "shr r%d r%d r%d", s, hi, REG_SCRATCH);
    int skip = new_label(g);
    emit_branch(g, s, skip, false);
    negate_pair(g, lo, hi);
    emit_label(g, skip);
    return s;
}

static int ll_divmod(Gen *g, int op, bool is_signed, int alo, int ahi, int blo, int bhi)
{
    int sa = -1, sb = -1;
    if (is_signed) {
        sa = abs_pair(g, alo, ahi);
        sb = abs_pair(g, blo, bhi);
    }
    int rlo = temp_alloc(g), rhi = temp_alloc(g);
    udivmod(g, alo, ahi, blo, bhi, rlo, rhi);
    int lo = op == '/' ? alo : rlo, hi = op == '/' ? ahi : rhi;
    if (is_signed) {
        /* quotient negative if signs differ; remainder has the dividend's sign */
        if (op == '/') {
            emit(g, "neq r%d r%d r%d", sa, sa, sb);
        }
        int skip = new_label(g);
        emit_branch(g, sa, skip, false);
        negate_pair(g, lo, hi);
        emit_label(g, skip);
        temp_free(g, sa);
        temp_free(g, sb);
    }
    temp_free(g, op == '/' ? rlo : alo);
    temp_free(g, op == '/' ? rhi : ahi);
    temp_free(g, blo);
    temp_free(g, bhi);
    return ll_store_new(g, lo, hi);
}

/* lo:hi shifted by n (0..63; register) */
static int ll_shift(Gen *g, int op, bool is_signed, int lo, int hi, int n)
{
    int k = temp_alloc(g), t = temp_alloc(g), k32 = temp_alloc(g);
    int big = new_label(g), done = new_label(g);
    emit_const(g, REG_SCRATCH, 63);
    emit(g, "and r%d r%d r%d", k, n, REG_SCRATCH);
    emit_branch(g, k, done, false);            /* by 0: unchanged */
    emit_const(g, k32, 32);
    emit(g, "lt r%d r%d r%d", t, k, k32);
    emit_branch(g, t, big, false);
    emit(g, "sub r%d r%d r%d", k32, k32, k);   /* 32 - k */
    if (op == OP_SHL) {
        emit(g, "shr r%d r%d r%d", t, lo, k32);
        emit(g, "shl r%d r%d r%d", hi, hi, k);
        emit(g, "or r%d r%d r%d", hi, hi, t);
        emit(g, "shl r%d r%d r%d", lo, lo, k);
    } else {
        emit(g, "shl r%d r%d r%d", t, hi, k32);
        emit(g, "shr r%d r%d r%d", lo, lo, k);
        emit(g, "or r%d r%d r%d", lo, lo, t);
        emit(g, "%s r%d r%d r%d", is_signed ? "sar" : "shr", hi, hi, k);
    }
    emit_jump(g, done);
    emit_label(g, big);
    emit(g, "sub r%d r%d r%d", k, k, k32);     /* k - 32 */
    if (op == OP_SHL) {
        emit(g, "shl r%d r%d r%d", hi, lo, k);
        emit_const(g, lo, 0);
    } else if (is_signed) {
        emit(g, "sar r%d r%d r%d", lo, hi, k);
        emit_const(g, REG_SCRATCH, 31);
        emit(g, "sar r%d r%d r%d", hi, hi, REG_SCRATCH);
    } else {
        emit(g, "shr r%d r%d r%d", lo, hi, k);
        emit_const(g, hi, 0);
    }
    emit_label(g, done);
    temp_free(g, k);
    temp_free(g, t);
    temp_free(g, k32);
    return ll_store_new(g, lo, hi);
}

/* a op b for long long a (address); b is an address, or for shifts a one-word count.
 * Returns the result's address. */
int ll_binop(Gen *g, int op, bool is_signed, int a, int b, bool b_is_word)
{
    int n = b;
    if (b_is_word && b == REG_SCRATCH) {
        /* a constant count arrives in r9, which ll_load needs */
        n = temp_alloc(g);
        emit(g, "mov r%d r%d", n, b);
    }
    int alo, ahi;
    ll_load(g, a, &alo, &ahi);
    if (op == OP_SHL || op == OP_SHR) {
        if (!b_is_word) {
            n = temp_alloc(g);
            emit(g, "load r%d r%d", n, b);
        }
        int r = ll_shift(g, op, is_signed, alo, ahi, n);
        if (n != b)
            temp_free(g, n);
        return r;
    }
    int blo, bhi;
    ll_load(g, b, &blo, &bhi);
    switch (op) {
    case '+': case '-':
        add_pair(g, alo, ahi, blo, bhi, op == '-');
        break;
    case '&': case '|':
        emit(g, "%s r%d r%d r%d", op == '&' ? "and" : "or", alo, alo, blo);
        emit(g, "%s r%d r%d r%d", op == '&' ? "and" : "or", ahi, ahi, bhi);
        break;
    case '^':
        for (int i = 0; i < 2; i++) {
            int x = i ? ahi : alo, y = i ? bhi : blo;
            emit(g, "and r%d r%d r%d", REG_SCRATCH, x, y);
            emit(g, "not r%d r%d", REG_SCRATCH, REG_SCRATCH);
            emit(g, "or r%d r%d r%d", x, x, y);
            emit(g, "and r%d r%d r%d", x, x, REG_SCRATCH);
        }
        break;
    case '*': {
        int plo = temp_alloc(g), phi = temp_alloc(g);
        mul_wide(g, alo, blo, plo, phi);
        emit(g, "mul r%d r%d r%d", ahi, ahi, blo);
        emit(g, "mul r%d r%d r%d", bhi, alo, bhi);
        emit(g, "add r%d r%d r%d", phi, phi, ahi);
        emit(g, "add r%d r%d r%d", phi, phi, bhi);
        temp_free(g, alo);
        temp_free(g, ahi);
        temp_free(g, blo);
        temp_free(g, bhi);
        return ll_store_new(g, plo, phi);
    }
    default: /* '/' '%' */
        return ll_divmod(g, op, is_signed, alo, ahi, blo, bhi);
    }
    temp_free(g, blo);
    temp_free(g, bhi);
    return ll_store_new(g, alo, ahi);
}

int ll_unary(Gen *g, int kind, int a)
{
    int lo, hi;
    ll_load(g, a, &lo, &hi);
    if (kind == ND_NEG) {
        negate_pair(g, lo, hi);
    } else {
        emit(g, "not r%d r%d", lo, lo);
        emit(g, "not r%d r%d", hi, hi);
    }
    return ll_store_new(g, lo, hi);
}

/* d = a op b for a comparison operator */
int ll_compare(Gen *g, int op, bool is_signed, int a, int b, int d)
{
    int alo, ahi, blo, bhi;
    if (op == '>' || op == OP_LE) { /* swap: a > b is b < a */
        int t = a; a = b; b = t;
        op = op == '>' ? '<' : OP_GE;
    }
    ll_load(g, a, &alo, &ahi);
    ll_load(g, b, &blo, &bhi);
    int t = temp_alloc(g);
    if (op == OP_EQ || op == OP_NE) {
        emit(g, "%s r%d r%d r%d", op == OP_EQ ? "eq" : "neq", t, alo, blo);
        emit(g, "%s r%d r%d r%d", op == OP_EQ ? "eq" : "neq", alo, ahi, bhi);
        emit(g, "%s r%d r%d r%d", op == OP_EQ ? "and" : "or", d, t, alo);
    } else {
        /* lt = hi < bhi | (hi == bhi & lo <u blo); ge = !lt */
        emit(g, "lt r%d r%d r%d", t, alo, blo);
        emit(g, "eq r%d r%d r%d", alo, ahi, bhi);
        emit(g, "and r%d r%d r%d", t, t, alo);
        emit(g, "%s r%d r%d r%d", is_signed ? "slt" : "lt", alo, ahi, bhi);
        emit(g, "or r%d r%d r%d", t, t, alo);
        if (op == OP_GE) {
            emit_const(g, REG_SCRATCH, 1);
            emit(g, "sub r%d r%d r%d", d, REG_SCRATCH, t);
        } else {
            emit(g, "mov r%d r%d", d, t);
        }
    }
    int regs[] = {alo, ahi, blo, bhi, t};
    for (int i = 0; i < 5; i++)
        temp_free(g, regs[i]);
    return d;
}

/* In-place ++/-- of the long long at addr by step. */
void ll_step(Gen *g, int addr, int64_t step, bool inc)
{
    int lo, hi;
    ll_load(g, addr, &lo, &hi);
    int s = temp_alloc(g), z = temp_alloc(g);
    emit_const(g, s, (uint32_t)step);
    emit_const(g, z, 0);
    add_pair(g, lo, hi, s, z, !inc);
    emit(g, "store r%d r%d", addr, lo);
    emit_const(g, REG_SCRATCH, 1);
    emit(g, "add r%d r%d r%d", REG_SCRATCH, addr, REG_SCRATCH);
    emit(g, "store r%d r%d", REG_SCRATCH, hi);
    int regs[] = {lo, hi, s, z};
    for (int i = 0; i < 4; i++)
        temp_free(g, regs[i]);
}
