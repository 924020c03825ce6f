/* atan2f.c - atan2f: arc tangent of y/x in the right quadrant. */
#include <math.h>
#include "fpbits.h"

float atan2f(float y, float x)
{
    float r;
    if (isnan(x) || isnan(y))
        return x + y;
    if (x == 0.0f && y == 0.0f)
        r = signbit(x) ? M_PI : 0.0f;
    else if (isinf(x) && isinf(y))
        r = x > 0 ? M_PI_4 : 3 * M_PI_4;
    else if (fabsf(x) >= fabsf(y))
        r = x > 0 ? atanf(fabsf(y) / x) : M_PI - atanf(fabsf(y) / -x);
    else
        r = M_PI_2 - atanf(x / fabsf(y));
    return signbit(y) ? -r : r;
}
