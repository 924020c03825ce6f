/* copysignf.c - copysignf: magnitude of x, sign of y. */
#include <math.h>
#include "fpbits.h"

float copysignf(float x, float y)
{
    return bits_float((float_bits(x) & ~SIGN_BIT) | (float_bits(y) & SIGN_BIT));
}
