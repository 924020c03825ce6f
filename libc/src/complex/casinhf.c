/* casinhf.c - casinhf: complex inverse hyperbolic sine. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

/* the inverse functions through the logarithm */
cf casinhf(cf z) { return clogf(z + csqrtf(z * z + 1.0f)); }
