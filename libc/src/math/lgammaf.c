/* lgammaf.c - lgammaf: log |Gamma(x)|. For x >= 8 Stirling's series; below, shifted up
 * by Gamma(x) = Gamma(x + n) / (x (x+1) ... (x+n-1)); negative x by the reflection
 * Gamma(x) Gamma(1 - x) = pi / sin(pi x). Relative error about 1e-6, absolute error
 * about 2e-7 near the zeros (those at 1 and 2 are exact). +inf at 0 and the negative
 * integers. */
#include <math.h>
#include "fpbits.h"

float lgammaf(float x)
{
    float product = 1.0f, s;
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return INFINITY;
    if (x <= 0.0f) {
        if (x == truncf(x))
            return INFINITY;            /* a pole */
        s = fabsf(__qpu_sinpi(x));
        return logf((float)M_PI / s) - lgammaf(1.0f - x);
    }
    if (x == 1.0f || x == 2.0f)
        return 0.0f;
    if (x < 1e-30f)
        return -logf(x);
    while (x < 8.0f) {
        product *= x;
        x += 1.0f;
    }
    return __qpu_lgamma_stirling(x) - logf(product);
}
