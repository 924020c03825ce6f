/* nextafterf.c - nextafterf: the float next to x in the direction of y. */
#include <math.h>
#include "fpbits.h"

float nextafterf(float x, float y)
{
    unsigned ux = float_bits(x), uy = float_bits(y);
    if (isnan(x) || isnan(y))
        return x + y;
    if (x == y)
        return y;                       /* also +0 and -0: y's sign */
    if ((ux & ~SIGN_BIT) == 0)           /* from zero: the smallest subnormal, y's sign */
        return bits_float((uy & SIGN_BIT) | 1u);
    /* away from zero when x and y - x have the same sign: the bits grow */
    if ((x < y) == !(ux & SIGN_BIT))
        ux++;
    else
        ux--;
    return bits_float(ux);
}
