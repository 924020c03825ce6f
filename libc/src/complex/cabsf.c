/* cabsf.c - cabsf: modulus of a complex float. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

float cabsf(cf z) { return hypotf(__real__ z, __imag__ z); }
