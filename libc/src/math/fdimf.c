/* fdimf.c - fdimf: positive difference, x - y if x > y, else +0 (a NaN propagates). */
#include <math.h>

float fdimf(float x, float y)
{
    if (isnan(x) || isnan(y))
        return x + y;
    return x > y ? x - y : 0.0f;
}
