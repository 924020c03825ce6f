/* tanhf.c - tanhf: hyperbolic tangent. */
#include <math.h>

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
