/* sinhf.c - sinhf: hyperbolic sine. */
#include <math.h>

float sinhf(float x)
{
    float a = fabsf(x), e, r;
    if (a < 0.5f) {
        float z = x * x;
        return x + x * z * (1.0f / 6 + z * (1.0f / 120 + z * (1.0f / 5040)));
    }
    if (a > 89.0f)
        return x > 0 ? INFINITY : -INFINITY;
    e = expf(a);
    r = 0.5f * (e - 1.0f / e);
    return x < 0 ? -r : r;
}
