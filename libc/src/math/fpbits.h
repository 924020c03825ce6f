/* fpbits.h - reading and writing the bits of a binary32 float. Not installed. */
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

#endif
