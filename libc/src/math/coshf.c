/* coshf.c - coshf: hyperbolic cosine. */
#include <math.h>

float coshf(float x)
{
    float e = expf(fabsf(x));
    if (fabsf(x) > 89.0f)
        return INFINITY;
    return 0.5f * (e + 1.0f / e);
}
