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

/* exp.c: x = m * 2^k with m in [sqrt(1/2), sqrt(2)), and log(m) for such m. */
float __log_reduce(float x, int *k);
float __log_reduced(float m);

#endif
