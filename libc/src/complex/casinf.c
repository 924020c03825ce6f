/* casinf.c - casinf: complex arc sine. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf casinf(cf z) { return -I * casinhf(I * z); }
