/* complex.h - complex arithmetic (C11 7.3). The QPU has one floating-point format,
 * IEEE binary32: float, double and long double _Complex are all two binary32 words
 * (real part first), and each double and long double function is its float
 * counterpart. The operators follow the plain formulas (docs/c-dialect.md): C11
 * Annex G's rules for infinities and NaNs are not followed, so __STDC_IEC_559_COMPLEX__
 * is not defined. */
#ifndef _COMPLEX_H
#define _COMPLEX_H

#define complex _Complex
#define _Complex_I (__extension__ 1.0fi)
#define I _Complex_I

#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))

float crealf(float _Complex z);
double creal(double _Complex z);
long double creall(long double _Complex z);
float cimagf(float _Complex z);
double cimag(double _Complex z);
long double cimagl(long double _Complex z);
float cabsf(float _Complex z);
double cabs(double _Complex z);
long double cabsl(long double _Complex z);
float cargf(float _Complex z);
double carg(double _Complex z);
long double cargl(long double _Complex z);

#define __CX_FUNC(name)                                                               \
    float _Complex name##f(float _Complex z);                                          \
    double _Complex name(double _Complex z);                                           \
    long double _Complex name##l(long double _Complex z);
__CX_FUNC(conj)
__CX_FUNC(cproj)
__CX_FUNC(cexp)
__CX_FUNC(clog)
__CX_FUNC(csqrt)
__CX_FUNC(csin)
__CX_FUNC(ccos)
__CX_FUNC(ctan)
__CX_FUNC(casin)
__CX_FUNC(cacos)
__CX_FUNC(catan)
__CX_FUNC(csinh)
__CX_FUNC(ccosh)
__CX_FUNC(ctanh)
__CX_FUNC(casinh)
__CX_FUNC(cacosh)
__CX_FUNC(catanh)
#undef __CX_FUNC

float _Complex cpowf(float _Complex x, float _Complex y);
double _Complex cpow(double _Complex x, double _Complex y);
long double _Complex cpowl(long double _Complex x, long double _Complex y);

#endif
