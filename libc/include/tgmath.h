/* tgmath.h - type-generic math (C11 7.25): each macro calls the <math.h> or <complex.h>
 * function for the type of its arguments, chosen with _Generic. With several generic
 * arguments, the type is the usual arithmetic conversion of them all, an integer
 * argument counting as double: each argument is first mapped to a zero of its type
 * (__TG_ZERO) and the zeros are added. A complex argument selects the complex function
 * (fabs gives cabs); the complex-only macros (carg, cimag, conj, cproj, creal) take a
 * real argument as complex. float, double and long double are one format here, but
 * three types, so the f, plain and l functions are told apart as C requires. */
#ifndef _TGMATH_H
#define _TGMATH_H

#include <complex.h>
#include <math.h>

#define __TG_ZERO(x)                                                                 \
    _Generic((x), float: 0.0f, long double: 0.0L, float _Complex: (float _Complex)0,  \
             double _Complex: (double _Complex)0,                                    \
             long double _Complex: (long double _Complex)0, default: 0.0)

/* the function for the type t of the (converted) arguments: real fn, complex cfn */
#define __TG_REAL(t, fn) _Generic((t), float: fn##f, long double: fn##l, default: fn)
#define __TG_CPLX(t, fn, cfn)                                                        \
    _Generic((t), float: fn##f, long double: fn##l, float _Complex: cfn##f,           \
             double _Complex: cfn, long double _Complex: cfn##l, default: fn)
#define __TG_CONLY(t, cfn)                                                           \
    _Generic((t), float: cfn##f, long double: cfn##l, float _Complex: cfn##f,         \
             long double _Complex: cfn##l, default: cfn)

#define __TG1(fn, x) __TG_REAL(__TG_ZERO(x), fn)(x)
#define __TG2(fn, x, y) __TG_REAL(__TG_ZERO(x) + __TG_ZERO(y), fn)(x, y)
#define __TGC1(fn, cfn, x) __TG_CPLX(__TG_ZERO(x), fn, cfn)(x)

/* real and complex */
#define acos(x) __TGC1(acos, cacos, x)
#define asin(x) __TGC1(asin, casin, x)
#define atan(x) __TGC1(atan, catan, x)
#define acosh(x) __TGC1(acosh, cacosh, x)
#define asinh(x) __TGC1(asinh, casinh, x)
#define atanh(x) __TGC1(atanh, catanh, x)
#define cos(x) __TGC1(cos, ccos, x)
#define sin(x) __TGC1(sin, csin, x)
#define tan(x) __TGC1(tan, ctan, x)
#define cosh(x) __TGC1(cosh, ccosh, x)
#define sinh(x) __TGC1(sinh, csinh, x)
#define tanh(x) __TGC1(tanh, ctanh, x)
#define exp(x) __TGC1(exp, cexp, x)
#define log(x) __TGC1(log, clog, x)
#define sqrt(x) __TGC1(sqrt, csqrt, x)
#define fabs(x) __TGC1(fabs, cabs, x)
#define pow(x, y) __TG_CPLX(__TG_ZERO(x) + __TG_ZERO(y), pow, cpow)(x, y)

/* real only */
#define atan2(y, x) __TG2(atan2, y, x)
#define cbrt(x) __TG1(cbrt, x)
#define ceil(x) __TG1(ceil, x)
#define copysign(x, y) __TG2(copysign, x, y)
#define erf(x) __TG1(erf, x)
#define erfc(x) __TG1(erfc, x)
#define exp2(x) __TG1(exp2, x)
#define expm1(x) __TG1(expm1, x)
#define fdim(x, y) __TG2(fdim, x, y)
#define floor(x) __TG1(floor, x)
#define fma(x, y, z) __TG_REAL(__TG_ZERO(x) + __TG_ZERO(y) + __TG_ZERO(z), fma)(x, y, z)
#define fmax(x, y) __TG2(fmax, x, y)
#define fmin(x, y) __TG2(fmin, x, y)
#define fmod(x, y) __TG2(fmod, x, y)
#define frexp(x, e) __TG_REAL(__TG_ZERO(x), frexp)(x, e)
#define hypot(x, y) __TG2(hypot, x, y)
#define ilogb(x) __TG1(ilogb, x)
#define ldexp(x, e) __TG_REAL(__TG_ZERO(x), ldexp)(x, e)
#define lgamma(x) __TG1(lgamma, x)
#define llrint(x) __TG1(llrint, x)
#define llround(x) __TG1(llround, x)
#define log10(x) __TG1(log10, x)
#define log1p(x) __TG1(log1p, x)
#define log2(x) __TG1(log2, x)
#define logb(x) __TG1(logb, x)
#define lrint(x) __TG1(lrint, x)
#define lround(x) __TG1(lround, x)
#define nearbyint(x) __TG1(nearbyint, x)
#define nextafter(x, y) __TG2(nextafter, x, y)
#define nexttoward(x, y) __TG_REAL(__TG_ZERO(x), nexttoward)(x, y)
#define remainder(x, y) __TG2(remainder, x, y)
#define remquo(x, y, q) __TG_REAL(__TG_ZERO(x) + __TG_ZERO(y), remquo)(x, y, q)
#define rint(x) __TG1(rint, x)
#define round(x) __TG1(round, x)
#define scalbn(x, n) __TG_REAL(__TG_ZERO(x), scalbn)(x, n)
#define scalbln(x, n) __TG_REAL(__TG_ZERO(x), scalbln)(x, n)
#define tgamma(x) __TG1(tgamma, x)
#define trunc(x) __TG1(trunc, x)

/* complex only */
#define carg(z) __TG_CONLY(__TG_ZERO(z), carg)(z)
#define cimag(z) __TG_CONLY(__TG_ZERO(z), cimag)(z)
#define conj(z) __TG_CONLY(__TG_ZERO(z), conj)(z)
#define cproj(z) __TG_CONLY(__TG_ZERO(z), cproj)(z)
#define creal(z) __TG_CONLY(__TG_ZERO(z), creal)(z)

#endif
