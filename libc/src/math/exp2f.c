/* exp2f.c - exp2f: 2 to the power x. */
#include <math.h>
#include "fpbits.h"

float exp2f(float x)
{
    float k, r;
    if (isnan(x))
        return x + x;
    if (x >= 128.0f)
        return INFINITY;
    if (x < -150.0f)
        return 0.0f;
    k = roundf(x);
    r = x - k;                           /* exact, |r| <= 1/2 */
    return ldexpf(expf(r * M_LN2), (int)k);
}
