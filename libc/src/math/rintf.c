/* rintf.c - rintf: the nearest integral value, halfway cases to even (the QPU has only
 * that rounding mode and no floating-point exceptions, so nearbyintf is the same). */
#include <math.h>

float rintf(float x)
{
    float t = truncf(x), d = x - t;     /* exact: t and x share the exponent or more */
    if (!isfinite(x) || fabsf(x) >= 8388608.0f)
        return x;                       /* already integral (2^23 and above), inf, NaN */
    if (fabsf(d) > 0.5f || (fabsf(d) == 0.5f && fmodf(t, 2.0f) != 0.0f))
        t += x < 0 ? -1.0f : 1.0f;
    return copysignf(t, x);             /* -0.3 gives -0 */
}
