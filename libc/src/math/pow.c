/* pow.c - powf. x^y = 2^(y * log2 x), with log2 x and the product carried in two floats
 * (a head and a tail, "float-float"), so the error of the product does not grow with
 * |y log x| (a plain expf(y * logf(x)) loses up to ~60 ulp); within a few ulp.
 * Special cases follow C99 Annex F. */
#include <math.h>
#include "fpbits.h"

static int is_integer(float y) { return truncf(y) == y; }

/* y is an odd integer (every float of magnitude 2^24 or more is even). */
static int is_odd_integer(float y)
{
    return is_integer(y) && fabsf(y) < 16777216.0f && fmodf(y, 2.0f) != 0.0f;
}

/* 2^(hi + lo) for |lo| small against hi. */
static float exp2_extended(float hi, float lo)
{
    float n, r;
    if (hi > 128.0f)
        return INFINITY;
    if (hi < -151.0f)
        return 0.0f;
    n = roundf(hi);
    r = (hi - n) + lo;                   /* hi - n is exact */
    return ldexpf(expf(r * M_LN2), (int)n);
}

/* The special cases of Annex F; returns 1 when *result is set. */
static int pow_special(float x, float y, float *result)
{
    if (y == 0.0f || x == 1.0f)
        *result = 1.0f;
    else if (isnan(x) || isnan(y))
        *result = x + y;
    else if (isinf(y)) {
        float ax = fabsf(x);
        *result = ax == 1.0f ? 1.0f : (ax > 1.0f) == (y > 0.0f) ? INFINITY : 0.0f;
    } else if (x == 0.0f || isinf(x)) {
        float big = (x == 0.0f) == (y < 0.0f) ? INFINITY : 0.0f;
        *result = is_odd_integer(y) && signbit(x) ? -big : big;
    } else if (x < 0.0f && !is_integer(y))
        *result = NAN;
    else
        return 0;
    return 1;
}

float powf(float x, float y)
{
    float result, hi, lo, p, e;
    if (pow_special(x, y, &result))
        return result;
    if (y == 1.0f)
        return x;
    if (y == 2.0f)
        return x * x;
    __log2_extended(x, &hi, &lo);
    if (fabsf(y) > 1e30f) {
        p = y * hi;                      /* the result overflows or underflows anyway */
        e = 0.0f;
    } else {
        __two_product(y, hi, &p, &e);
        e += y * lo;
    }
    result = exp2_extended(p, e);
    return x < 0.0f && is_odd_integer(y) ? -result : result;
}
