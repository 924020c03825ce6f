/* cosf.c - cosf: cosine. */
#include <math.h>
#include "fpbits.h"

float cosf(float x)
{
    int q;
    float r, r_lo;
    if (isnan(x) || isinf(x))
        return (x - x) / (x - x);
    q = __qpu_trig_reduce(x, &r, &r_lo);
    if (q == 0)
        return __qpu_cos_reduced(r, r_lo);
    if (q == 1)
        return -__qpu_sin_reduced(r, r_lo);
    return q == 2 ? -__qpu_cos_reduced(r, r_lo) : __qpu_sin_reduced(r, r_lo);
}
