/* fmodf.c - fmodf: remainder of x / y truncated, exact. */
#include <math.h>
#include "fpbits.h"

float fmodf(float x, float y)
{
    unsigned ux = float_bits(x), uy = float_bits(y), sign = ux & SIGN_BIT, mx, my;
    int ex, ey;
    ux &= ~SIGN_BIT;
    uy &= ~SIGN_BIT;
    if (uy == 0 || ux >= EXP_MASK || uy > EXP_MASK)
        return (x * y) / (x * y);
    if (ux < uy)
        return x;
    if (ux == uy)
        return bits_float(sign);
    mx = split_bits(ux, &ex);
    my = split_bits(uy, &ey);
    for (; ex > ey; ex--) {
        if (mx >= my)
            mx -= my;
        mx <<= 1;
    }
    if (mx >= my)
        mx -= my;
    if (mx == 0)
        return bits_float(sign);
    while (!(mx & 0x00800000u)) {
        mx <<= 1;
        ey--;
    }
    return join_bits(sign, mx, ey);
}
