/* acoshf.c - acoshf: inverse hyperbolic cosine, log(x + sqrt(x^2 - 1)) for x >= 1;
 * near 1 through log1pf, above 2^12 as log x + log 2 (x^2 would lose nothing but may
 * overflow). */
#include <math.h>

float acoshf(float x)
{
    float t;
    if (isnan(x))
        return x + x;
    if (x < 1.0f)
        return NAN;
    if (x >= 4096.0f)
        return logf(x) + M_LN2;
    t = x - 1.0f;                       /* exact for x in [1, 2] */
    if (x < 2.0f)
        return log1pf(t + sqrtf(t * t + 2.0f * t));
    return logf(x + sqrtf(x * x - 1.0f));
}
