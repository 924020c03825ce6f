/* asinf.c - asinf: arc sine. */
#include <math.h>
#include "fpbits.h"

float asinf(float x)
{
    if (!(fabsf(x) <= 1.0f))
        return NAN;
    return atan2f(x, sqrtf((1.0f - x) * (1.0f + x)));
}
