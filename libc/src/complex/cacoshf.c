/* cacoshf.c - cacoshf: complex inverse hyperbolic cosine. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf cacoshf(cf z) { return clogf(z + csqrtf(z + 1.0f) * csqrtf(z - 1.0f)); }
