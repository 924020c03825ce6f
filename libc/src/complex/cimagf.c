/* cimagf.c - cimagf: imaginary part. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

float cimagf(cf z) { return __imag__ z; }
