/* catanf.c - catanf: complex arc tangent. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf catanf(cf z) { return -I * catanhf(I * z); }
