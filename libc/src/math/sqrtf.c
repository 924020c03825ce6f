/* sqrtf.c - sqrtf: square root, exact (correctly rounded) on the bits. */
#include <math.h>
#include "fpbits.h"

float sqrtf(float x)
{
    unsigned u = float_bits(x), m, rem, root = 0, s = 0, bit;
    int e;

    if ((u & ~SIGN_BIT) == 0)
        return x;                     /* +-0 */
    if (u & SIGN_BIT)
        return (x - x) / (x - x);     /* negative: NaN */
    if (u >= EXP_MASK)
        return x + x;                 /* +inf, NaN */
    e = (int)(u >> 23);
    m = u & FRAC_MASK;
    if (e == 0) {                     /* subnormal: normalise */
        e = 1;
        while (!(m & 0x00800000u)) {
            m <<= 1;
            e--;
        }
    }
    m |= 0x00800000u;
    e -= 127;                         /* x = m * 2^(e - 23), m in [2^23, 2^24) */
    if (e & 1) {
        m <<= 1;                      /* make the exponent even */
        e--;
    }
    /* Root of m * 2^-23 in [1, 2) with one extra bit, from 2^24 down to 2^0; rem is
     * the remainder, doubled at each step so that it stays within 32 bits. */
    rem = m << 1;
    for (bit = 0x01000000u; bit != 0; bit >>= 1) {
        unsigned t = s + bit;
        if (t <= rem) {
            s = t + bit;
            rem -= t;
            root += bit;
        }
        rem <<= 1;
    }
    root += root & 1;                 /* round on the extra bit (never an exact tie) */
    return bits_float((root >> 1) + 0x3F000000u + (unsigned)((e / 2) * 0x800000));
}
