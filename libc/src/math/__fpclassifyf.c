/* __fpclassifyf.c - __fpclassifyf: the class of a float (fpclassify and the is* macros). */
#include <math.h>
#include "fpbits.h"

int __fpclassifyf(float x)
{
    unsigned u = float_bits(x) & ~SIGN_BIT;
    if (u == 0)
        return FP_ZERO;
    if (u < 0x00800000u)
        return FP_SUBNORMAL;
    if (u < EXP_MASK)
        return FP_NORMAL;
    return u == EXP_MASK ? FP_INFINITE : FP_NAN;
}
