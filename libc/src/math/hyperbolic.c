/* hyperbolic.c - sinhf, coshf, tanhf from expf, with series near zero where the
 * differences of exponentials would cancel. */
#include <math.h>

float sinhf(float x)
{
    float a = fabsf(x), e, r;
    if (a < 0.5f) {
        float z = x * x;
        return x + x * z * (1.0f / 6 + z * (1.0f / 120 + z * (1.0f / 5040)));
    }
    if (a > 89.0f)
        return x > 0 ? INFINITY : -INFINITY;
    e = expf(a);
    r = 0.5f * (e - 1.0f / e);
    return x < 0 ? -r : r;
}

float coshf(float x)
{
    float e = expf(fabsf(x));
    if (fabsf(x) > 89.0f)
        return INFINITY;
    return 0.5f * (e + 1.0f / e);
}

float tanhf(float x)
{
    float a = fabsf(x), e, r;
    if (isnan(x))
        return x + x;
    if (a < 0.3f) {
        float z = x * x;
        return x - x * z * (1.0f / 3 - z * (2.0f / 15 - z * (17.0f / 315 - z * (62.0f / 2835))));
    }
    if (a > 9.0f)
        r = 1.0f;
    else {
        e = expf(2.0f * a);
        r = (e - 1.0f) / (e + 1.0f);
    }
    return x < 0 ? -r : r;
}
