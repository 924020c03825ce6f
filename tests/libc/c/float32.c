/* float32.c - _Float32 (C23 Annex H, TS 18661-3): a type of its own with binary32's
 * format (here that of float, double and long double too): F32 constants, <float.h>'s
 * FLT32_ macros on request, the usual conversions (the interchange type wins over float),
 * _Generic telling it apart, no default argument promotion, _Complex _Float32, and the
 * __builtin_*f32 functions and constants. Host gcc is the oracle. */
#define __STDC_WANT_IEC_60559_TYPES_EXT__ 1
#include <float.h>
#include <stdarg.h>
#include <stdio.h>

#define KIND(x) _Generic((x), float: "float", double: "double", _Float32: "_Float32", \
                         default: "other")

static _Float32 sum(int n, ...)
{
    va_list ap;
    _Float32 s = 0;
    va_start(ap, n);
    while (n--)
        s += va_arg(ap, _Float32);
    va_end(ap);
    return s;
}

static _Float32 scale(_Float32 x) { return x * 4.0f32; }

int main(void)
{
    volatile _Float32 a = 1.5f32, b = -2.25F32, z = 0.0f32;
    float f = 3.0f;
    printf("%s %s %s %s\n", KIND(a), KIND(a + f), KIND(f + a), KIND(1.0f32));
    printf("%s %s\n", KIND(a * 2), KIND(__builtin_fabsf32(b)));
    printf("%g %g %g\n", (double)(a + b), (double)scale(a), (double)sum(3, a, b, a));
    printf("%d %d %d\n", FLT32_MANT_DIG, FLT32_DIG, FLT32_MAX_EXP);
    printf("%d %d %d\n", FLT32_MAX == FLT_MAX, FLT32_MIN == FLT_MIN,
           FLT32_TRUE_MIN == FLT_TRUE_MIN);
    printf("%d %d\n", __builtin_types_compatible_p(_Float32, float),
           __builtin_types_compatible_p(_Float32, const _Float32));
    printf("%g %g\n", (double)__builtin_copysignf32(2.0f32, b),
           (double)__builtin_fabsf32(b));
    printf("%d %d %d\n", __builtin_isinf(__builtin_inff32()),
           __builtin_isnan(__builtin_nanf32("")), __builtin_huge_valf32() > FLT32_MAX);
    _Complex _Float32 c = a + 2.0f32 * __builtin_complex(z, a);
    printf("%g %g %d\n", (double)__real__ c, (double)__imag__ c, (int)(sizeof c / sizeof(_Float32)));
    int i = (int)(b * 10);
    unsigned long long big = (unsigned long long)(a * 1e9f32);
    printf("%d %llu %d\n", i, big, (int)(z == -z));
    return 0;
}
