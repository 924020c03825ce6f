/* cargf.c - cargf: argument (phase angle) of a complex float. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

float cargf(cf z) { return atan2f(__imag__ z, __real__ z); }
