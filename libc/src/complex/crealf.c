/* crealf.c - crealf: real part. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

float crealf(cf z) { return __real__ z; }
