/* tgammaf.c - tgammaf: the Gamma function. Positive integers up to 35 by the product
 * (n-1)!; other x >= 8 by Stirling, x^(x-1/2) e^-x computed as t * (t * e^-x) with
 * t = x^((x-1/2)/2) so that nothing overflows before the result; below, the shift and
 * the reflection of lgammaf.c (below -35, Gamma(1 - x) overflows and the result is
 * a zero of the right sign). A NaN at the negative integers and -inf, +-inf at +-0.
 * Relative error a few times 1e-7. */
#include <math.h>
#include "fpbits.h"

float tgammaf(float x)
{
    float product = 1.0f, t, y, z, series;
    if (isnan(x) || x == INFINITY)
        return x + x;
    if (x == 0.0f)
        return 1.0f / x;
    if (x < 0.0f) {
        if (x == truncf(x))
            return NAN;                 /* negative integers and -inf */
        return (float)M_PI / (__qpu_sinpi(x) * tgammaf(1.0f - x));
    }
    if (x > 35.1f)
        return INFINITY;
    if (x == truncf(x)) {
        for (y = 2.0f; y < x; y += 1.0f)
            product *= y;
        return product;
    }
    if (x < 1e-30f)
        return 1.0f / x;
    while (x < 8.0f) {
        product *= x;
        x += 1.0f;
    }
    y = 1.0f / x;
    z = y * y;
    series = y * (1.0f / 12 - z * (1.0f / 360 - z * (1.0f / 1260 - z * (1.0f / 1680))));
    t = powf(x, 0.5f * (x - 0.5f));
    return t * (t * expf(-x)) * (2.50662827463100050f * expf(series)) / product;
}
