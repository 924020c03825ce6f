/* erff.c - erff: the error function, odd; its Taylor series below 0.5 (relative error
 * of an ulp or two), 1 - erfcf |x| above. */
#include <math.h>

float erff(float x)
{
    float a = fabsf(x), z, term, sum;
    int n;
    if (isnan(x))
        return x + x;
    if (a >= 0.5f)
        return copysignf(1.0f - erfcf(a), x);
    /* 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1)) */
    z = x * x;
    term = x;
    sum = x;
    for (n = 1; n < 10; n++) {
        term *= -z / n;
        sum += term / (2 * n + 1);
    }
    return 1.12837916709551257f * sum;
}
