/* conjf.c - conjf: complex conjugate. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf conjf(cf z) { return ~z; }
