/* overflow.c - the exact arithmetic behind gcc's __builtin_add_overflow, _sub_overflow
 * and _mul_overflow when an operand or the result is `long long` (qcc-lite/
 * sema_builtin.c turns such a call into a call to __qpu_overflow; narrower ones are
 * done inline in 64 bits). The exact result is kept as a sign and a 128-bit magnitude. */

typedef unsigned long long u64;

/* a * b as 128 bits: *hi and the low half returned */
static u64 mul_wide(u64 a, u64 b, u64 *hi)
{
    u64 a0 = (unsigned)a, a1 = a >> 32, b0 = (unsigned)b, b1 = b >> 32;
    u64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    u64 mid = (p00 >> 32) + (unsigned)p01 + (unsigned)p10;
    *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
    return (mid << 32) | (unsigned)p00;
}

/* op '+', '-' or '*' on a and b (each converted to unsigned long long from its type;
 * a_signed, b_signed: that type was signed). The result, wrapped to `words` words, is
 * stored at res; returns 1 if it does not fit the result type (r_signed: signed). */
int __qpu_overflow(int op, u64 a, int a_signed, u64 b, int b_signed, void *res, int words,
                   int r_signed)
{
    int an = a_signed && (long long)a < 0, bn = b_signed && (long long)b < 0;
    u64 am = an ? -a : a, bm = bn ? -b : b, hi = 0, lo;
    int neg;
    if (op == '-')
        bn = !bn;
    if (op == '*') {
        lo = mul_wide(am, bm, &hi);
        neg = an != bn;
    } else if (an == bn) {
        lo = am + bm;
        hi = lo < am;
        neg = an;
    } else if (am >= bm) {
        lo = am - bm;
        neg = an;
    } else {
        lo = bm - am;
        neg = bn;
    }
    if (!hi && !lo)
        neg = 0;
    int bits = words * 32;
    u64 max = bits == 64 ? ~0ull : (1ull << bits) - 1; /* largest unsigned magnitude */
    int over;
    if (hi)
        over = 1;
    else if (!r_signed)
        over = neg || lo > max;
    else
        over = lo > (max >> 1) + neg; /* up to 2^(bits-1) - 1, or 2^(bits-1) if negative */
    u64 wrapped = neg ? -lo : lo;
    if (words == 2)
        *(u64 *)res = wrapped;
    else
        *(unsigned *)res = (unsigned)wrapped;
    return over;
}
