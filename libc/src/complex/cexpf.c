/* cexpf.c - cexpf: complex exponential. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf cexpf(cf z)
{
    float e = expf(__real__ z);
    return CMPLXF(e * cosf(__imag__ z), e * sinf(__imag__ z));
}
