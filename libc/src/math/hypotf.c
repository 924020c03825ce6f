/* hypotf.c - hypotf: sqrt(x*x + y*y) without intermediate overflow. */
#include <math.h>
#include "fpbits.h"

float hypotf(float x, float y)
{
    float a = fabsf(x), b = fabsf(y), r;
    if (isinf(a) || isinf(b))
        return INFINITY;
    if (isnan(a) || isnan(b))
        return a + b;
    if (a < b) {
        r = a;
        a = b;
        b = r;
    }
    if (a == 0.0f)
        return 0.0f;
    r = b / a;
    return a * sqrtf(1.0f + r * r);
}
