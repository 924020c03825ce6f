/* fmaf.c - fmaf: x * y + z rounded once (to nearest, ties to even). Done in integers:
 * the 24-bit significands give an exact 48-bit product; it and z's significand are
 * put at the top of 62-bit words, the smaller one shifted down to the other's exponent
 * with the bits shifted out kept as a sticky bit (far more guard bits than rounding to
 * 24 bits needs), then added or subtracted and rounded. */
#include <math.h>
#include "fpbits.h"

static int top_bit(unsigned long long r)
{
    int n = 0;
    while (r >>= 1)
        n++;
    return n;
}

/* r >> n with the bits shifted out ORed into bit 0 */
static unsigned long long shift_sticky(unsigned long long r, int n)
{
    if (n <= 0)
        return r;
    if (n > 63)
        return r != 0;
    return (r >> n) | ((r & ((1ULL << n) - 1)) != 0);
}

/* The float nearest to (-1)^sign * r * 2^e, r != 0. */
static float round_pack(unsigned sign, unsigned long long r, int e)
{
    int msb = top_bit(r), exp = msb + e, keep, shift;
    unsigned long long m, rest, half;
    float f;
    if (exp > 127)
        return sign ? -INFINITY : INFINITY;
    keep = exp >= -126 ? 24 : 24 - (-126 - exp);   /* fewer bits for a subnormal */
    if (keep < 0)
        return sign ? -0.0f : 0.0f;                 /* below half the least subnormal */
    shift = msb + 1 - keep;
    if (shift <= 0) {
        m = r << -shift;
    } else {
        m = r >> shift;
        rest = r & ((1ULL << shift) - 1);
        half = 1ULL << (shift - 1);
        if (rest > half || (rest == half && (m & 1)))
            m++;
    }
    f = ldexpf((float)m, e + shift);                /* exact: m has at most 25 bits */
    return sign ? -f : f;
}

float fmaf(float x, float y, float z)
{
    unsigned ux = float_bits(x), uy = float_bits(y), uz = float_bits(z);
    unsigned sp = (ux ^ uy) & SIGN_BIT, sz = uz & SIGN_BIT;
    unsigned long long p, q;
    int ex, ey, ez, ep, msb;
    if (!isfinite(x) || !isfinite(y) || !isfinite(z) || x == 0.0f || y == 0.0f ||
        z == 0.0f)
        return x * y + z;                           /* one rounding at most, or exact */
    p = (unsigned long long)split_bits(ux & ~SIGN_BIT, &ex) *
        split_bits(uy & ~SIGN_BIT, &ey);            /* |x y| = p * 2^(ex + ey - 300) */
    q = split_bits(uz & ~SIGN_BIT, &ez);            /* |z| = q * 2^(ez - 150) */
    msb = top_bit(p);
    ep = ex + ey - 300 - (61 - msb);
    p <<= 61 - msb;
    ez -= 150 + 38;
    q <<= 38;
    if (ep > ez)
        q = shift_sticky(q, ep - ez), ez = ep;
    else
        p = shift_sticky(p, ez - ep), ep = ez;
    if (sp == sz)
        return round_pack(sp, p + q, ep);
    if (p == q)
        return 0.0f;
    return p > q ? round_pack(sp, p - q, ep) : round_pack(sz, q - p, ep);
}
