/* extended.c - "float-float" arithmetic (a value carried as the unevaluated sum of two
 * floats, for about 48 bits of precision) and log2 computed that way: what powf and the
 * logarithms use to get results within an ulp. Splitting follows Dekker (no fused
 * multiply-add on the QPU). */
#include <math.h>
#include "fpbits.h"

#define INV_LN2_HI 1.4426950216293335f
#define INV_LN2_LO 1.925963033500011e-08f

/* a = hi + lo exactly, hi holding the upper 12 bits of the significand (Dekker). */
static void split(float a, float *hi, float *lo)
{
    float c = 4097.0f * a;
    *hi = c - (c - a);
    *lo = a - *hi;
}

/* a * b = *p + *e exactly (for |a|, |b| below 2^100). */
void __two_product(float a, float b, float *p, float *e)
{
    float ah, al, bh, bl;
    *p = a * b;
    split(a, &ah, &al);
    split(b, &bh, &bl);
    *e = ((ah * bh - *p) + ah * bl + al * bh) + al * bl;
}

/* a + b = *s + *e exactly. */
void __two_sum(float a, float b, float *s, float *e)
{
    float v;
    *s = a + b;
    v = *s - a;
    *e = (a - (*s - v)) + (b - v);
}

/* log2 |x| as hi + lo, for finite nonzero x. */
void __log2_extended(float x, float *hi, float *lo)
{
    int k;
    float m = __log_reduce(fabsf(x), &k), f = m - 1.0f, d = 2.0f + f;
    float d_err = f - (d - 2.0f);        /* 2 + f = d + d_err exactly */
    float s = f / d, p, e, s_lo, z, tail, l_hi, l_lo, h, t;
    /* s_lo: what s misses of f / (d + d_err), from f - s * d computed exactly. */
    __two_product(s, d, &p, &e);
    s_lo = (((f - p) - e) - s * d_err) / d;
    z = s * s;
    tail = 2.0f * s * z * (1.0f / 3 + z * (1.0f / 5 + z * (1.0f / 7 + z * (1.0f / 9 +
           z * (1.0f / 11 + z * (1.0f / 13 + z * (1.0f / 15 + z * (1.0f / 17))))))));
    /* log m = 2 s + 2 s_lo + tail; then times 1/ln 2 = INV_LN2_HI + INV_LN2_LO. */
    __two_sum(2.0f * s, 2.0f * s_lo + tail, &l_hi, &l_lo);
    __two_product(l_hi, INV_LN2_HI, &h, &t);
    t += l_lo * INV_LN2_HI + l_hi * INV_LN2_LO;
    __two_sum((float)k, h, hi, &e);
    *lo = e + t;
}
