/* exp.c - expf, exp2f, logf, log2f, log10f, powf: range reduction by powers of two
 * (ln 2 split into a short head and a tail so k * head is exact) and short series on
 * the reduced argument; the logarithms go through log2 in float-float (extended.c).
 * Within an ulp or two. powf is in pow.c. */
#include <math.h>
#include "fpbits.h"

#define LN2_HI 0.693115234375f
#define LN2_LO 3.194618329871446e-05f
#define INV_LN2 1.44269504088896341f

float expf(float x)
{
    float k, r, p;
    if (isnan(x))
        return x + x;
    if (x > 88.7228394f)
        return INFINITY;
    if (x < -103.972084f)
        return 0.0f;
    k = roundf(x * INV_LN2);
    r = (x - k * LN2_HI) - k * LN2_LO;   /* |r| <= ln2 / 2 */
    p = 1.0f + r * (1.0f + r * (0.5f + r * (1.0f / 6 + r * (1.0f / 24 + r * (1.0f / 120 +
        r * (1.0f / 720 + r * (1.0f / 5040)))))));
    return ldexpf(p, (int)k);
}

float exp2f(float x)
{
    float k, r;
    if (isnan(x))
        return x + x;
    if (x >= 128.0f)
        return INFINITY;
    if (x < -150.0f)
        return 0.0f;
    k = roundf(x);
    r = x - k;                           /* exact, |r| <= 1/2 */
    return ldexpf(expf(r * M_LN2), (int)k);
}

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
static int log_special(float x, float *result)
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
static float scaled_log2(float x, float c_hi, float c_lo)
{
    float hi, lo, p, e;
    __log2_extended(x, &hi, &lo);
    __two_product(hi, c_hi, &p, &e);
    return p + (e + (hi * c_lo + lo * c_hi));
}

float logf(float x)
{
    float result;
    if (log_special(x, &result))
        return result;
    return scaled_log2(x, 0.6931471824645996f, -1.9046542121259336e-09f);
}

float log2f(float x)
{
    float hi, lo, result;
    if (log_special(x, &result))
        return result;
    __log2_extended(x, &hi, &lo);
    return hi + lo;
}

float log10f(float x)
{
    float result;
    if (log_special(x, &result))
        return result;
    return scaled_log2(x, 0.3010300099849701f, -1.432098883924482e-08f);
}
