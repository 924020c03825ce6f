/* truncf.c - truncf: integral value toward zero, exact on the bits. */
#include <math.h>
#include "fpbits.h"

float truncf(float x)
{
    unsigned u = float_bits(x);
    int e = (int)((u >> 23) & 0xFF) - 127;
    if (e >= 23)
        return x;
    if (e < 0)
        return bits_float(u & SIGN_BIT);
    return bits_float(u & ~(FRAC_MASK >> e));
}
