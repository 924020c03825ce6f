/* acosf.c - acosf: arc cosine. */
#include <math.h>
#include "fpbits.h"

float acosf(float x)
{
    if (!(fabsf(x) <= 1.0f))
        return NAN;
    return atan2f(sqrtf((1.0f - x) * (1.0f + x)), x);
}
