/* atanhf.c - atanhf: inverse hyperbolic tangent, odd, 0.5 * log((1 + x) / (1 - x))
 * written as 0.5 * log1p(2x / (1 - x)); +-inf at +-1, a NaN beyond. */
#include <math.h>

float atanhf(float x)
{
    float a = fabsf(x);
    if (isnan(x))
        return x + x;
    if (a > 1.0f)
        return NAN;
    if (a == 1.0f)
        return x / 0.0f;
    return copysignf(0.5f * log1pf(2.0f * a / (1.0f - a)), x);
}
