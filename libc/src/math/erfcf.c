/* erfcf.c - erfcf: the complementary error function 1 - erf x, with a relative error of
 * about 1e-7 everywhere (the Chebyshev fit of Numerical Recipes' erfcc, whose
 * exp(-z^2) is split so that the square of the large part is exact). */
#include <math.h>
#include "fpbits.h"

float erfcf(float x)
{
    float z = fabsf(x), t, zh, poly, r;
    if (isnan(x))
        return x + x;
    if (z > 10.1f)
        return x > 0 ? 0.0f : 2.0f;
    t = 1.0f / (1.0f + 0.5f * z);
    poly = -1.26551223f + t * (1.00002368f + t * (0.37409196f + t * (0.09678418f +
           t * (-0.18628806f + t * (0.27886807f + t * (-1.13520398f + t * (1.48851587f +
           t * (-0.82215223f + t * 0.17087277f))))))));
    zh = bits_float(float_bits(z) & 0xFFFFF000u);   /* 12 significant bits: zh^2 exact */
    r = t * expf(-zh * zh) * expf((zh - z) * (zh + z) + poly);
    return x >= 0 ? r : 2.0f - r;
}
