/* reduce.c - argument reduction for huge arguments of sin/cos/tan (Payne-Hanek):
 * x * 2/pi is computed exactly enough by multiplying the float's 24-bit significand by
 * the 96 bits of 2/pi that matter at its exponent (bits further left only add multiples
 * of 4 quadrants; those further right are below the precision kept), in 16-bit limbs so
 * that every product fits in 32 bits. */
#include <math.h>
#include "fpbits.h"

/* 2/pi = 0.A2F9836E 4E441529 FC2757D1 F534DDC0 DB629599 3C439041 FE5163AB DEBB... (hex) */
static const unsigned two_over_pi[15] = {
    0xA2F9, 0x836E, 0x4E44, 0x1529, 0xFC27, 0x57D1, 0xF534, 0xDDC0,
    0xDB62, 0x9599, 0x3C43, 0x9041, 0xFE51, 0x63AB, 0xDEBB};

#define PIO2_HI 1.57079637050628662109375f    /* pi/2 rounded to float */
#define PIO2_LO -4.371139006309477e-08f       /* pi/2 - PIO2_HI */

/* Bits i+1 .. i+16 of 2/pi after the point, as a 16-bit number (bits at positions 0
 * and before, where i < 0, are the zeros of the integer part). */
static unsigned bits16(int i)
{
    int limb, shift;
    if (i < 0)
        return i <= -16 ? 0 : bits16(0) >> -i;
    limb = i / 16;
    shift = i % 16;
    unsigned hi = limb < 15 ? two_over_pi[limb] : 0, lo = limb + 1 < 15 ? two_over_pi[limb + 1] : 0;
    if (shift == 0)
        return hi;
    return ((hi << shift) | (lo >> (16 - shift))) & 0xFFFFu;
}

/* The low 96 bits of m * (bits s+1 .. s+96 of 2/pi), as six 16-bit limbs (least
 * significant first). */
static void window_product(unsigned m, int s, unsigned *r)
{
    unsigned w[6], digits[2], carry, t;
    int i, k;
    for (k = 0; k < 6; k++)
        w[k] = bits16(s + 16 * (5 - k));
    digits[0] = m & 0xFFFFu;
    digits[1] = m >> 16;
    for (k = 0; k < 6; k++)
        r[k] = 0;
    for (i = 0; i < 2; i++) {
        carry = 0;
        for (k = 0; i + k < 6; k++) {
            t = digits[i] * w[k] + r[i + k] + carry;  /* at most 2^32 - 1 */
            r[i + k] = t & 0xFFFFu;
            carry = t >> 16;
        }
    }
}

/* For finite |x| >= 2^12: x = q * pi/2 + (*hi + *lo), |*hi| <= pi/4; returns q mod 4. */
int __reduce_pio2_large(float x, float *hi, float *lo)
{
    unsigned u = float_bits(x), m = (u & FRAC_MASK) | 0x00800000u, r[6];
    int e = (int)((u >> 23) & 0xFF) - 150, quadrant;
    int a;
    unsigned b, c;
    float fa, fb, fc, f_hi, f_lo, p, err;
    /* x * 2/pi = m * 2^e * 2/pi; bits of 2/pi up to position e - 2 give multiples of 4. */
    window_product(m, e - 2, r);
    quadrant = (int)(r[5] >> 14);
    /* The fraction: 94 bits below the quadrant, taken as three 24-bit pieces. */
    a = (int)(((r[5] & 0x3FFFu) << 10) | (r[4] >> 6));
    b = ((r[4] & 0x3Fu) << 18) | (r[3] << 2) | (r[2] >> 14);
    c = ((r[2] & 0x3FFFu) << 10) | (r[1] >> 6);
    if (a >= 0x800000) {   /* fraction >= 1/2: use fraction - 1 and the next quadrant */
        a -= 0x1000000;
        quadrant++;
    }
    fa = ldexpf((float)a, -24);
    fb = ldexpf((float)b, -48);
    fc = ldexpf((float)c, -72);
    __two_sum(fa, fb, &f_hi, &f_lo);
    f_lo += fc;
    /* times pi/2 */
    __two_product(f_hi, PIO2_HI, &p, &err);
    err += f_hi * PIO2_LO + f_lo * PIO2_HI;
    __two_sum(p, err, hi, lo);
    if (signbit(x)) {
        *hi = -*hi;
        *lo = -*lo;
        quadrant = -quadrant;
    }
    return quadrant & 3;
}
