/* tanf.c - tanf: tangent. */
#include <math.h>
#include "fpbits.h"

float tanf(float x)
{
    int q;
    float r, r_lo, s, c;
    if (isnan(x) || isinf(x))
        return (x - x) / (x - x);
    q = __qpu_trig_reduce(x, &r, &r_lo);
    s = __qpu_sin_reduced(r, r_lo);
    c = __qpu_cos_reduced(r, r_lo);
    return (q & 1) ? -c / s : s / c;
}
