/* cbrtf.c - cbrtf: cube root. A first guess from the exponent divided by three, then
 * Newton steps; exact for perfect cubes that are floats (the last step is rounded
 * against the exact residual computed with __two_product). */
#include <math.h>
#include "fpbits.h"

float cbrtf(float x)
{
    unsigned u = float_bits(x), sign = u & SIGN_BIT;
    float a, y, scale = 1.0f;
    int i;
    u &= ~SIGN_BIT;
    if (u == 0 || u >= EXP_MASK)
        return x + x;                   /* +-0, +-inf, NaN */
    a = bits_float(u);
    if (u < 0x00800000u) {              /* subnormal: scale by 2^24, the root by 2^8 */
        a *= 16777216.0f;
        scale = 1.0f / 256.0f;
        u = float_bits(a);
    }
    /* the exponent divided by 3 (bias kept): within a few percent of the root */
    y = bits_float(u / 3 + 0x2A555555u);
    for (i = 0; i < 4; i++)
        y = y - (y - a / (y * y)) / 3.0f;
    /* one correction against the exact residual a - y^3 */
    {
        float p, e, q, f, r;
        __two_product(y, y, &p, &e);        /* y^2 = p + e */
        __two_product(p, y, &q, &f);        /* p * y = q + f */
        r = ((a - q) - f) - e * y;          /* a - y^3 */
        y += r / (3.0f * y * y);
    }
    y *= scale;
    return sign ? -y : y;
}
