/* exp.c - expf, exp2f, logf, log2f, log10f, powf: range reduction by powers of two
 * (ln 2 split into a short head and a tail so k * head is exact) and short series on
 * the reduced argument. Within a couple of ulp. powf is in pow.c. */
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

/* log of m in [sqrt(1/2), sqrt(2)) as 2 atanh(s), s = (m - 1) / (m + 1). */
float __log_reduced(float m)
{
    float f = m - 1.0f, d = 2.0f + f, s = f / d, z;
    s -= s * (f - (d - 2.0f)) / d;       /* 2 + f was rounded: correct s for it */
    z = s * s;
    return 2.0f * s * (1.0f + z * (1.0f / 3 + z * (1.0f / 5 + z * (1.0f / 7 + z * (1.0f / 9 +
           z * (1.0f / 11 + z * (1.0f / 13)))))));
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

float logf(float x)
{
    int k;
    float m, result;
    if (log_special(x, &result))
        return result;
    m = __log_reduce(x, &k);
    return (float)k * LN2_HI + (__log_reduced(m) + (float)k * LN2_LO);
}

float log2f(float x)
{
    int k;
    float m, result;
    if (log_special(x, &result))
        return result;
    m = __log_reduce(x, &k);
    return (float)k + __log_reduced(m) * INV_LN2;
}

float log10f(float x)
{
    int k;
    float m, result;
    if (log_special(x, &result))
        return result;
    m = __log_reduce(x, &k);
    return (float)k * 0.301029995663981f + __log_reduced(m) * 0.434294481903252f;
}
