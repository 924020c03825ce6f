/* ctanf.c - ctanf: complex tangent. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf ctanf(cf z) { return csinf(z) / ccosf(z); }
