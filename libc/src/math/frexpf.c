/* frexpf.c - frexpf: x split into a fraction in [1/2, 1) and a power of 2. */
#include <math.h>
#include "fpbits.h"

float frexpf(float x, int *exp)
{
    unsigned u = float_bits(x), m;
    int e;
    if ((u & ~SIGN_BIT) == 0 || (u & EXP_MASK) == EXP_MASK) {
        *exp = 0;
        return x;
    }
    m = split_bits(u & ~SIGN_BIT, &e);
    *exp = e - 126;
    return join_bits(u & SIGN_BIT, m, 126);
}
