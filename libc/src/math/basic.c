/* basic.c - exact float functions done on the bits: fabsf, copysignf, floorf, ceilf,
 * truncf, roundf, fmodf, frexpf, ldexpf, modff, fminf, fmaxf, classification. */
#include <math.h>
#include "fpbits.h"

int __fpclassifyf(float x)
{
    unsigned u = float_bits(x) & ~SIGN_BIT;
    if (u == 0)
        return FP_ZERO;
    if (u < 0x00800000u)
        return FP_SUBNORMAL;
    if (u < EXP_MASK)
        return FP_NORMAL;
    return u == EXP_MASK ? FP_INFINITE : FP_NAN;
}

int __signbitf(float x) { return (float_bits(x) & SIGN_BIT) != 0; }
float fabsf(float x) { return bits_float(float_bits(x) & ~SIGN_BIT); }

float copysignf(float x, float y)
{
    return bits_float((float_bits(x) & ~SIGN_BIT) | (float_bits(y) & SIGN_BIT));
}

float truncf(float x)
{
    unsigned u = float_bits(x);
    int e = (int)((u >> 23) & 0xFF) - 127;
    if (e >= 23)
        return x;
    if (e < 0)
        return bits_float(u & SIGN_BIT);
    return bits_float(u & ~(FRAC_MASK >> e));
}

float floorf(float x)
{
    unsigned u = float_bits(x), frac;
    int e = (int)((u >> 23) & 0xFF) - 127;
    if (e >= 23)
        return x;
    if (e < 0) {
        if ((u & ~SIGN_BIT) == 0 || !(u & SIGN_BIT))
            return bits_float(u & SIGN_BIT);
        return -1.0f;
    }
    frac = FRAC_MASK >> e;
    if ((u & frac) == 0)
        return x;
    if (u & SIGN_BIT)
        u += 0x00800000u >> e;
    return bits_float(u & ~frac);
}

float ceilf(float x)
{
    return -floorf(-x);
}

float roundf(float x)
{
    float t;
    if (!(fabsf(x) < 8388608.0f))
        return x;
    t = truncf(x);
    if (fabsf(x - t) >= 0.5f)
        t += x < 0 ? -1.0f : 1.0f;
    return t;
}

float modff(float x, float *ipart)
{
    float t = truncf(x);
    *ipart = t;
    if (isinf(x))
        return copysignf(0.0f, x);
    return copysignf(x - t, x);
}

/* The significand of a finite nonzero |x| as a 24-bit integer and its exponent, so
 * that |x| = m * 2^(e - 150); subnormals are normalised. */
static unsigned split(unsigned u, int *e)
{
    unsigned m = u & FRAC_MASK;
    *e = (int)(u >> 23);
    if (*e == 0) {
        *e = 1;
        while (!(m & 0x00800000u)) {
            m <<= 1;
            (*e)--;
        }
        return m;
    }
    return m | 0x00800000u;
}

/* Rebuilds a float from a normalised 24-bit significand and exponent (exact: the
 * callers only produce values representable as floats). */
static float join(unsigned sign, unsigned m, int e)
{
    if (e > 0)
        return bits_float(sign | ((unsigned)e << 23) | (m & FRAC_MASK));
    return bits_float(sign | (m >> (1 - e)));
}

float fmodf(float x, float y)
{
    unsigned ux = float_bits(x), uy = float_bits(y), sign = ux & SIGN_BIT, mx, my;
    int ex, ey;
    ux &= ~SIGN_BIT;
    uy &= ~SIGN_BIT;
    if (uy == 0 || ux >= EXP_MASK || uy > EXP_MASK)
        return (x * y) / (x * y);
    if (ux < uy)
        return x;
    if (ux == uy)
        return bits_float(sign);
    mx = split(ux, &ex);
    my = split(uy, &ey);
    for (; ex > ey; ex--) {
        if (mx >= my)
            mx -= my;
        mx <<= 1;
    }
    if (mx >= my)
        mx -= my;
    if (mx == 0)
        return bits_float(sign);
    while (!(mx & 0x00800000u)) {
        mx <<= 1;
        ey--;
    }
    return join(sign, mx, ey);
}

float frexpf(float x, int *exp)
{
    unsigned u = float_bits(x), m;
    int e;
    if ((u & ~SIGN_BIT) == 0 || (u & EXP_MASK) == EXP_MASK) {
        *exp = 0;
        return x;
    }
    m = split(u & ~SIGN_BIT, &e);
    *exp = e - 126;
    return join(u & SIGN_BIT, m, 126);
}

float ldexpf(float x, int n)
{
    if (n > 127) {
        x *= 1.7014118e38f;  /* 2^127 */
        n -= 127;
        if (n > 127) {
            x *= 1.7014118e38f;
            n -= 127;
            if (n > 127)
                n = 127;
        }
    } else if (n < -126) {
        x *= 1.1754944e-38f * 16777216.0f;  /* 2^-126 * 2^24: stays normal, exact */
        n += 126 - 24;
        if (n < -126) {
            x *= 1.1754944e-38f * 16777216.0f;
            n += 126 - 24;
            if (n < -126)
                n = -126;
        }
    }
    return x * bits_float((unsigned)(127 + n) << 23);
}

float fminf(float x, float y)
{
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    return x < y ? x : y;
}

float fmaxf(float x, float y)
{
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    return x > y ? x : y;
}
