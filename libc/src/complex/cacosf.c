/* cacosf.c - cacosf: complex arc cosine. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf cacosf(cf z) { return M_PI_2 - casinf(z); }
