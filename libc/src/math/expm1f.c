/* expm1f.c - expm1f: e^x - 1, accurate near 0 too (Kahan's trick: u = e^x rounded,
 * then (u - 1) * x / log u corrects the rounding error of u). */
#include <math.h>

float expm1f(float x)
{
    float u;
    if (isnan(x))
        return x + x;
    if (x > 88.7228394f)
        return INFINITY;
    if (x < -17.4f)
        return -1.0f;                   /* e^x below half an ulp of 1 */
    u = expf(x);
    if (u == 1.0f)
        return x;
    if (fabsf(x) > 0.5f)
        return u - 1.0f;
    return (u - 1.0f) * x / logf(u);
}
