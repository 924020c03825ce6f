/* gamma_kernel.c - what lgammaf and tgammaf share: sin(pi x) with an exact reduction,
 * and log Gamma for x >= 8 by Stirling's series (terms up to x^-7: error below 1e-11
 * there). */
#include <math.h>
#include "fpbits.h"

float __qpu_sinpi(float x)
{
    float r = fmodf(x, 2.0f);           /* exact, in (-2, 2) */
    if (r > 1.0f)
        r -= 2.0f;
    else if (r < -1.0f)
        r += 2.0f;                      /* [-1, 1], exact */
    if (r > 0.5f)
        r = 1.0f - r;                   /* sin(pi (1 - r)) = sin(pi r) */
    else if (r < -0.5f)
        r = -1.0f - r;
    return sinf((float)M_PI * r);
}

float __qpu_lgamma_stirling(float x)
{
    float y = 1.0f / x, z = y * y;
    float series = y * (1.0f / 12 - z * (1.0f / 360 - z * (1.0f / 1260 - z * (1.0f / 1680))));
    return (x - 0.5f) * logf(x) - x + 0.918938533204672742f + series;
}
