/* ilogbf.c - ilogbf: the unbiased exponent of x as an int (subnormals normalised);
 * FP_ILOGB0 for 0, FP_ILOGBNAN for a NaN, INT_MAX for an infinity. */
#include <limits.h>
#include <math.h>
#include "fpbits.h"

int ilogbf(float x)
{
    unsigned u = float_bits(x) & ~SIGN_BIT;
    int e;
    if (u == 0)
        return FP_ILOGB0;
    if (u > EXP_MASK)
        return FP_ILOGBNAN;
    if (u == EXP_MASK)
        return INT_MAX;
    split_bits(u, &e);
    return e - 127;
}
