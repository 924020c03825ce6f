/* modff.c - modff: x split into integral and fractional parts. */
#include <math.h>
#include "fpbits.h"

float modff(float x, float *ipart)
{
    float t = truncf(x);
    *ipart = t;
    if (isinf(x))
        return copysignf(0.0f, x);
    return copysignf(x - t, x);
}
