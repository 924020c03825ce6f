/* fmaxf.c - fmaxf: the larger of two floats (a NaN loses). */
#include <math.h>
#include "fpbits.h"

float fmaxf(float x, float y)
{
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    return x > y ? x : y;
}
