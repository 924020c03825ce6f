/* ccosf.c - ccosf: complex cosine. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf ccosf(cf z)
{
    float a = __real__ z, b = __imag__ z;
    return CMPLXF(cosf(a) * coshf(b), -sinf(a) * sinhf(b));
}
