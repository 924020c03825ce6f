/* remquof.c - remquof: remainderf, and in *quo the sign of x / y with (at least) the low
 * three bits of the quotient n. Exact: a bit-by-bit long division of the significands,
 * as fmodf does, that keeps the quotient bits. */
#include <math.h>
#include "fpbits.h"

float remquof(float x, float y, int *quo)
{
    unsigned ux = float_bits(x), uy = float_bits(y), mx, my, q = 0;
    unsigned sx = ux & SIGN_BIT, sq = (ux ^ uy) & SIGN_BIT;
    int ex, ey;
    float r, ay;
    *quo = 0;
    ux &= ~SIGN_BIT;
    uy &= ~SIGN_BIT;
    if (uy == 0 || ux >= EXP_MASK || uy > EXP_MASK)
        return (x * y) / (x * y);
    ay = bits_float(uy);
    if (ux < uy) {
        r = bits_float(ux);
    } else {
        mx = split_bits(ux, &ex);
        my = split_bits(uy, &ey);
        for (; ex > ey; ex--) {             /* x = q * y + r, |r| < |y| */
            if (mx >= my) {
                mx -= my;
                q++;
            }
            mx <<= 1;
            q <<= 1;
        }
        if (mx >= my) {
            mx -= my;
            q++;
        }
        if (mx == 0) {
            r = 0.0f;
        } else {
            while (!(mx & 0x00800000u)) {
                mx <<= 1;
                ey--;
            }
            r = join_bits(0, mx, ey);
        }
    }
    /* round the quotient to nearest, ties to even: 2r against |y| (2r is exact, or
     * overflows only when it is above |y| anyway; ay - r is exact, Sterbenz) */
    if (r + r > ay || (r + r == ay && (q & 1))) {
        r -= ay;
        q++;
    }
    *quo = (int)(q & 0x7FFFFFFFu) * (sq ? -1 : 1);
    return sx ? -r : r;
}
