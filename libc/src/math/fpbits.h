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

/* The significand of a finite nonzero |x| as a 24-bit integer and its exponent, so
 * that |x| = m * 2^(e - 150); subnormals are normalised. */
static inline unsigned split_bits(unsigned u, int *e)
{
    unsigned m = u & FRAC_MASK;
    *e = (int)(u >> 23);
    if (*e == 0) {
        *e = 1;
        while (!(m & 0x00800000u)) {
            m <<= 1;
            (*e)--;
        }
        return m;
    }
    return m | 0x00800000u;
}

/* Rebuilds a float from a normalised 24-bit significand and exponent (exact: the
 * callers only produce values representable as floats). */
static inline float join_bits(unsigned sign, unsigned m, int e)
{
    if (e > 0)
        return bits_float(sign | ((unsigned)e << 23) | (m & FRAC_MASK));
    return bits_float(sign | (m >> (1 - e)));
}

/* log_kernel.c: x = m * 2^k with m in [sqrt(1/2), sqrt(2)). */
float __log_reduce(float x, int *k);
/* log_kernel.c: special values of the logarithms (returns 1 when *result is set), and
 * log2 x times c_hi + c_lo rounded once. */
int __qpu_log_special(float x, float *result);
float __qpu_scaled_log2(float x, float c_hi, float c_lo);

/* extended.c: exact products and sums as two floats, and log2 |x| as hi + lo. */
void __two_product(float a, float b, float *p, float *e);
void __two_sum(float a, float b, float *s, float *e);
void __log2_extended(float x, float *hi, float *lo);

/* reduce.c: x = q * pi/2 + hi + lo for |x| >= 2^12; returns q mod 4. */
int __reduce_pio2_large(float x, float *hi, float *lo);

/* trig_kernel.c: sin and cos series for |r| <= pi/4; x = q * pi/2 + r + r_lo, returning
 * q mod 4; sin and cos of r + r_lo (r_lo tiny against r). */
float __qpu_sin_series(float r);
float __qpu_cos_series(float r);
int __qpu_trig_reduce(float x, float *r, float *r_lo);
float __qpu_sin_reduced(float r, float r_lo);
float __qpu_cos_reduced(float r, float r_lo);

/* gamma_kernel.c: sin(pi x) with x reduced exactly; log Gamma(x) for x >= 8. */
float __qpu_sinpi(float x);
float __qpu_lgamma_stirling(float x);

/* powi.c: x^n by repeated squaring (__builtin_powi). */
float __qpu_powi(float x, int n);

#endif
