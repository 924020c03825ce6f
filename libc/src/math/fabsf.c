/* fabsf.c - fabsf: absolute value, on the bits. */
#include <math.h>
#include "fpbits.h"

float fabsf(float x) { return bits_float(float_bits(x) & ~SIGN_BIT); }
