/* floorf.c - floorf: largest integral value not above x, exact on the bits. */
#include <math.h>
#include "fpbits.h"

float floorf(float x)
{
    unsigned u = float_bits(x), frac;
    int e = (int)((u >> 23) & 0xFF) - 127;
    if (e >= 23)
        return x;
    if (e < 0) {
        if ((u & ~SIGN_BIT) == 0 || !(u & SIGN_BIT))
            return bits_float(u & SIGN_BIT);
        return -1.0f;
    }
    frac = FRAC_MASK >> e;
    if ((u & frac) == 0)
        return x;
    if (u & SIGN_BIT)
        u += 0x00800000u >> e;
    return bits_float(u & ~frac);
}
