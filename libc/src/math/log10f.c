/* log10f.c - log10f: base-10 logarithm. */
#include <math.h>
#include "fpbits.h"

float log10f(float x)
{
    float result;
    if (__qpu_log_special(x, &result))
        return result;
    return __qpu_scaled_log2(x, 0.3010300099849701f, -1.432098883924482e-08f);
}
