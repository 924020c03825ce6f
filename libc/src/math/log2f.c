/* log2f.c - log2f: base-2 logarithm. */
#include <math.h>
#include "fpbits.h"

float log2f(float x)
{
    float hi, lo, result;
    if (__qpu_log_special(x, &result))
        return result;
    __log2_extended(x, &hi, &lo);
    return hi + lo;
}
