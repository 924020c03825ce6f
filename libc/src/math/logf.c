/* logf.c - logf: natural logarithm. */
#include <math.h>
#include "fpbits.h"

float logf(float x)
{
    float result;
    if (__qpu_log_special(x, &result))
        return result;
    return __qpu_scaled_log2(x, 0.6931471824645996f, -1.9046542121259336e-09f);
}
