/* pow.c - powf. x^y = 2^(y * log2 x), with log2 x and the product carried in two floats
 * (a head and a tail, "float-float"), so the error of the product does not grow with
 * |y log x| (a plain expf(y * logf(x)) loses up to ~60 ulp); within a few ulp.
 * Special cases follow C99 Annex F. */
#include <math.h>
#include "fpbits.h"

#define INV_LN2_HI 1.4426950216293335f
#define INV_LN2_LO 1.925963033500011e-08f

/* a = hi + lo exactly, hi holding the upper 12 bits of the significand (Dekker). */
static void split(float a, float *hi, float *lo)
{
    float c = 4097.0f * a;
    *hi = c - (c - a);
    *lo = a - *hi;
}

/* a * b = *p + *e exactly (for |a|, |b| below 2^100). */
static void two_product(float a, float b, float *p, float *e)
{
    float ah, al, bh, bl;
    *p = a * b;
    split(a, &ah, &al);
    split(b, &bh, &bl);
    *e = ((ah * bh - *p) + ah * bl + al * bh) + al * bl;
}

/* a + b = *s + *e exactly. */
static void two_sum(float a, float b, float *s, float *e)
{
    float v;
    *s = a + b;
    v = *s - a;
    *e = (a - (*s - v)) + (b - v);
}

/* log2 |x| as hi + lo, for finite nonzero x. */
static void log2_extended(float x, float *hi, float *lo)
{
    int k;
    float m = __log_reduce(fabsf(x), &k), f = m - 1.0f, d = 2.0f + f;
    float d_err = f - (d - 2.0f);        /* 2 + f = d + d_err exactly */
    float s = f / d, p, e, s_lo, z, tail, l_hi, l_lo, h, t;
    /* s_lo: what s misses of f / (d + d_err), from f - s * d computed exactly. */
    two_product(s, d, &p, &e);
    s_lo = (((f - p) - e) - s * d_err) / d;
    z = s * s;
    tail = 2.0f * s * z * (1.0f / 3 + z * (1.0f / 5 + z * (1.0f / 7 + z * (1.0f / 9 +
           z * (1.0f / 11 + z * (1.0f / 13 + z * (1.0f / 15 + z * (1.0f / 17))))))));
    /* log m = 2 s + 2 s_lo + tail; then times 1/ln 2 = INV_LN2_HI + INV_LN2_LO. */
    two_sum(2.0f * s, 2.0f * s_lo + tail, &l_hi, &l_lo);
    two_product(l_hi, INV_LN2_HI, &h, &t);
    t += l_lo * INV_LN2_HI + l_hi * INV_LN2_LO;
    two_sum((float)k, h, hi, &e);
    *lo = e + t;
}

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
    log2_extended(x, &hi, &lo);
    if (fabsf(y) > 1e30f) {
        p = y * hi;                      /* the result overflows or underflows anyway */
        e = 0.0f;
    } else {
        two_product(y, hi, &p, &e);
        e += y * lo;
    }
    result = exp2_extended(p, e);
    return x < 0.0f && is_odd_integer(y) ? -result : result;
}
