/* roundf.c - roundf: nearest integral value, halfway cases away from zero. */
#include <math.h>
#include "fpbits.h"

float roundf(float x)
{
    float t;
    if (!(fabsf(x) < 8388608.0f))
        return x;
    t = truncf(x);
    if (fabsf(x - t) >= 0.5f)
        t += x < 0 ? -1.0f : 1.0f;
    return t;
}
