/* fpbits.h - reading and writing the bits of a binary32 float, and helpers shared by
 * the math files. Not installed. */
#ifndef FPBITS_H
#define FPBITS_H

union __fpbits {
    float f;
    unsigned u;
};

static inline unsigned float_bits(float x)
{
    union __fpbits b;
    b.f = x;
    return b.u;
}

static inline float bits_float(unsigned u)
{
    union __fpbits b;
    b.u = u;
    return b.f;
}

#define SIGN_BIT 0x80000000u
#define EXP_MASK 0x7F800000u
#define FRAC_MASK 0x007FFFFFu

/* exp.c: x = m * 2^k with m in [sqrt(1/2), sqrt(2)). */
float __log_reduce(float x, int *k);

/* extended.c: exact products and sums as two floats, and log2 |x| as hi + lo. */
void __two_product(float a, float b, float *p, float *e);
void __two_sum(float a, float b, float *s, float *e);
void __log2_extended(float x, float *hi, float *lo);

/* reduce.c: x = q * pi/2 + hi + lo for |x| >= 2^12; returns q mod 4. */
int __reduce_pio2_large(float x, float *hi, float *lo);

#endif
