/* trig.c - sinf, cosf, tanf, asinf, acosf, atanf, atan2f. The argument is reduced by
 * multiples of pi/2 (pi/2 split in three parts below 4096, exact Payne-Hanek reduction
 * in reduce.c above), then short series on [-pi/4, pi/4]. */
#include <math.h>
#include "fpbits.h"

#define PIO2_1 1.5703125f
#define PIO2_2 4.837512969970703e-04f
#define PIO2_3 7.549790126404332e-08f
#define INV_PIO2 0.636619772367581343f

static float sin_series(float r)
{
    float z = r * r;
    return r + r * z * (-1.0f / 6 + z * (1.0f / 120 + z * (-1.0f / 5040 + z * (1.0f / 362880))));
}

static float cos_series(float r)
{
    float z = r * r;
    return 1.0f - z * (0.5f - z * (1.0f / 24 - z * (1.0f / 720 - z * (1.0f / 40320 -
           z * (1.0f / 3628800)))));
}

/* x = q * pi/2 + r + r_lo with |r| <= pi/4 (about); returns q mod 4. Below 4096 the
 * three-part pi/2 suffices (k * PIO2_1 stays exact); above, reduce.c. */
static int reduce(float x, float *r, float *r_lo)
{
    float k;
    if (fabsf(x) >= 4096.0f)
        return __reduce_pio2_large(x, r, r_lo);
    k = roundf(x * INV_PIO2);
    *r = ((x - k * PIO2_1) - k * PIO2_2) - k * PIO2_3;
    *r_lo = 0.0f;
    return (int)((long)k & 3);
}

/* sin and cos of r + r_lo (r_lo tiny against r). */
static float sin_reduced(float r, float r_lo)
{
    return sin_series(r) + r_lo * (1.0f - 0.5f * r * r);
}

static float cos_reduced(float r, float r_lo)
{
    return cos_series(r) - r_lo * r;
}

float sinf(float x)
{
    int q;
    float r, r_lo;
    if (isnan(x) || isinf(x))
        return (x - x) / (x - x);
    if (fabsf(x) < 0.785398f)
        return sin_series(x);
    q = reduce(x, &r, &r_lo);
    if (q == 0)
        return sin_reduced(r, r_lo);
    if (q == 1)
        return cos_reduced(r, r_lo);
    return q == 2 ? -sin_reduced(r, r_lo) : -cos_reduced(r, r_lo);
}

float cosf(float x)
{
    int q;
    float r, r_lo;
    if (isnan(x) || isinf(x))
        return (x - x) / (x - x);
    q = reduce(x, &r, &r_lo);
    if (q == 0)
        return cos_reduced(r, r_lo);
    if (q == 1)
        return -sin_reduced(r, r_lo);
    return q == 2 ? -cos_reduced(r, r_lo) : sin_reduced(r, r_lo);
}

float tanf(float x)
{
    int q;
    float r, r_lo, s, c;
    if (isnan(x) || isinf(x))
        return (x - x) / (x - x);
    q = reduce(x, &r, &r_lo);
    s = sin_reduced(r, r_lo);
    c = cos_reduced(r, r_lo);
    return (q & 1) ? -c / s : s / c;
}

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

float atan2f(float y, float x)
{
    float r;
    if (isnan(x) || isnan(y))
        return x + y;
    if (x == 0.0f && y == 0.0f)
        r = signbit(x) ? M_PI : 0.0f;
    else if (isinf(x) && isinf(y))
        r = x > 0 ? M_PI_4 : 3 * M_PI_4;
    else if (fabsf(x) >= fabsf(y))
        r = x > 0 ? atanf(fabsf(y) / x) : M_PI - atanf(fabsf(y) / -x);
    else
        r = M_PI_2 - atanf(x / fabsf(y));
    return signbit(y) ? -r : r;
}

float asinf(float x)
{
    if (!(fabsf(x) <= 1.0f))
        return NAN;
    return atan2f(x, sqrtf((1.0f - x) * (1.0f + x)));
}

float acosf(float x)
{
    if (!(fabsf(x) <= 1.0f))
        return NAN;
    return atan2f(sqrtf((1.0f - x) * (1.0f + x)), x);
}
