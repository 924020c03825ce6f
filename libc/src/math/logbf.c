/* logbf.c - logbf: the unbiased exponent of x as a float; -inf for 0, +inf for an
 * infinity, a NaN for a NaN. */
#include <math.h>

float logbf(float x)
{
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return fabsf(x);
    if (x == 0.0f)
        return -1.0f / fabsf(x);
    return (float)ilogbf(x);
}
