/* log_kernel.c - what the logarithms share: __log_reduce (also used by other files),
 * __qpu_log_special (the special arguments) and __qpu_scaled_log2 (c * log2 x rounded
 * once, for logf and log10f). */
#include <math.h>
#include "fpbits.h"

/* Splits finite positive x into m * 2^k with m in [sqrt(1/2), sqrt(2)). */
float __log_reduce(float x, int *k)
{
    float m = frexpf(x, k);              /* m in [1/2, 1) */
    if (m < 0.70710678f) {
        m *= 2.0f;
        (*k)--;
    }
    return m;
}

/* Special values shared by the logarithms; returns 1 when *result is set. */
int __qpu_log_special(float x, float *result)
{
    if (isnan(x) || x == INFINITY)
        *result = x + x;
    else if (x == 0.0f)
        *result = -INFINITY;
    else if (x < 0.0f)
        *result = NAN;
    else
        return 0;
    return 1;
}

/* log2 x = hi + lo (float-float) times a constant c = c_hi + c_lo, rounded once. */
float __qpu_scaled_log2(float x, float c_hi, float c_lo)
{
    float hi, lo, p, e;
    __log2_extended(x, &hi, &lo);
    __two_product(hi, c_hi, &p, &e);
    return p + (e + (hi * c_lo + lo * c_hi));
}
