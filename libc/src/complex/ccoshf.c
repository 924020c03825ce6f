/* ccoshf.c - ccoshf: complex hyperbolic cosine. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf ccoshf(cf z)
{
    float a = __real__ z, b = __imag__ z;
    return CMPLXF(coshf(a) * cosf(b), sinhf(a) * sinf(b));
}
