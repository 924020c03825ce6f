/* __signbitf.c - __signbitf: the sign bit of a float (signbit). */
#include <math.h>
#include "fpbits.h"

int __signbitf(float x) { return (float_bits(x) & SIGN_BIT) != 0; }
