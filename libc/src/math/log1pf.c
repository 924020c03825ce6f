/* log1pf.c - log1pf: log(1 + x), accurate near 0 too (Kahan's trick: u = 1 + x rounded,
 * then log u * x / (u - 1) corrects the rounding error of u). */
#include <math.h>

float log1pf(float x)
{
    float u = 1.0f + x;
    if (isnan(x) || x == INFINITY)
        return x + x;
    if (x == -1.0f)
        return -INFINITY;
    if (x < -1.0f)
        return NAN;
    if (u == 1.0f)
        return x;                       /* also keeps -0 */
    if (fabsf(x) > 0.5f)
        return logf(u);
    return logf(u) * x / (u - 1.0f);
}
