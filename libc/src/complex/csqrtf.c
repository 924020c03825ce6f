/* csqrtf.c - csqrtf: complex square root. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf csqrtf(cf z)
{
    float re = __real__ z, im = __imag__ z;
    if (re == 0.0f && im == 0.0f)
        return CMPLXF(0.0f, im);
    float t = sqrtf((fabsf(re) + cabsf(z)) * 0.5f);
    if (re >= 0.0f)
        return CMPLXF(t, im / (2.0f * t));
    return CMPLXF(fabsf(im) / (2.0f * t), copysignf(t, im));
}
