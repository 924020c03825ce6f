/* atanf.c - atanf: arc tangent (argument reduction, then a short series). */
#include <math.h>
#include "fpbits.h"

/* atan on [0, 1]: shifted by pi/6 above tan(pi/12) to keep the series short. */
static float atan_reduced(float x)
{
    float offset = 0.0f, z;
    if (x > 0.267949192f) {
        x = (x * 1.73205080757f - 1.0f) / (x + 1.73205080757f);
        offset = 0.523598775598f;
    }
    z = x * x;
    return offset + x - x * z * (1.0f / 3 - z * (1.0f / 5 - z * (1.0f / 7 - z * (1.0f / 9 -
           z * (1.0f / 11)))));
}

float atanf(float x)
{
    float a = fabsf(x), r;
    if (isnan(x))
        return x + x;
    r = a > 1.0f ? M_PI_2 - atan_reduced(1.0f / a) : atan_reduced(a);
    return x < 0 ? -r : r;
}
