/* csinf.c - csinf: complex sine. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf csinf(cf z)
{
    float a = __real__ z, b = __imag__ z;
    return CMPLXF(sinf(a) * coshf(b), cosf(a) * sinhf(b));
}
