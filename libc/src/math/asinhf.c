/* asinhf.c - asinhf: inverse hyperbolic sine, odd; log(|x| + sqrt(x^2 + 1)) computed
 * through log1pf so that it stays accurate near 0, as log |x| + log 2 above 2^12. */
#include <math.h>

float asinhf(float x)
{
    float a = fabsf(x), r;
    if (isnan(x) || isinf(x))
        return x + x;
    if (a >= 4096.0f)
        r = logf(a) + M_LN2;
    else
        r = log1pf(a + a * a / (1.0f + sqrtf(1.0f + a * a)));
    return copysignf(r, x);
}
