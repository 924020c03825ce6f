/* ctanhf.c - ctanhf: complex hyperbolic tangent. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf ctanhf(cf z) { return csinhf(z) / ccoshf(z); }
