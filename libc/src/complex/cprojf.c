/* cprojf.c - cprojf: projection onto the Riemann sphere. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf cprojf(cf z)
{
    if (isinf(__real__ z) || isinf(__imag__ z))
        return CMPLXF(INFINITY, copysignf(0.0f, __imag__ z));
    return z;
}
