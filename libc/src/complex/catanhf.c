/* catanhf.c - catanhf: complex inverse hyperbolic tangent. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf catanhf(cf z) { return 0.5f * (clogf(1.0f + z) - clogf(1.0f - z)); }
