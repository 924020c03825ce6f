/* csinhf.c - csinhf: complex hyperbolic sine. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf csinhf(cf z)
{
    float a = __real__ z, b = __imag__ z;
    return CMPLXF(sinhf(a) * cosf(b), coshf(a) * sinf(b));
}
