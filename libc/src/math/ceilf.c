/* ceilf.c - ceilf: smallest integral value not below x, exact on the bits. */
#include <math.h>
#include "fpbits.h"

float ceilf(float x)
{
    return -floorf(-x);
}
