/* math.h - mathematical functions. The QPU has one floating-point format, IEEE binary32:
 * float and double are the same type, so each double function (sqrt) is the float one
 * (sqrtf) under its standard name. Results are within a few ulp of the exact value;
 * sqrtf, fabsf, floorf, ceilf, truncf, roundf and fmodf are exact. */
#ifndef _MATH_H
#define _MATH_H

#define HUGE_VALF (1e30f * 1e30f)
#define HUGE_VAL  HUGE_VALF
#define INFINITY  HUGE_VALF
/* inf * 0 is a NaN with the sign bit set on the QPU (and x86); NAN is the positive one. */
#define NAN       (-(INFINITY * 0.0f))

#define M_E        2.71828182845904523536f
#define M_LN2      0.69314718055994530942f
#define M_LN10     2.30258509299404568402f
#define M_PI       3.14159265358979323846f
#define M_PI_2     1.57079632679489661923f
#define M_PI_4     0.78539816339744830962f
#define M_SQRT2    1.41421356237309504880f

#define FP_NAN       0
#define FP_INFINITE  1
#define FP_ZERO      2
#define FP_SUBNORMAL 3
#define FP_NORMAL    4

int __fpclassifyf(float x);
int __signbitf(float x);
#define fpclassify(x) __fpclassifyf(x)
#define isnan(x)      (fpclassify(x) == FP_NAN)
#define isinf(x)      (fpclassify(x) == FP_INFINITE)
#define isfinite(x)   (fpclassify(x) >= FP_ZERO)
#define isnormal(x)   (fpclassify(x) == FP_NORMAL)
#define signbit(x)    __signbitf(x)

float fabsf(float x);
float sqrtf(float x);
float floorf(float x);
float ceilf(float x);
float truncf(float x);
float roundf(float x);
float fmodf(float x, float y);
float frexpf(float x, int *exp);
float ldexpf(float x, int exp);
float modff(float x, float *ipart);
float copysignf(float x, float y);
float fminf(float x, float y);
float fmaxf(float x, float y);
float hypotf(float x, float y);
float expf(float x);
float exp2f(float x);
float logf(float x);
float log2f(float x);
float log10f(float x);
float powf(float x, float y);
float sinf(float x);
float cosf(float x);
float tanf(float x);
float asinf(float x);
float acosf(float x);
float atanf(float x);
float atan2f(float y, float x);
float sinhf(float x);
float coshf(float x);
float tanhf(float x);

double fabs(double x);
double sqrt(double x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);
double fmod(double x, double y);
double frexp(double x, int *exp);
double ldexp(double x, int exp);
double modf(double x, double *ipart);
double copysign(double x, double y);
double fmin(double x, double y);
double fmax(double x, double y);
double hypot(double x, double y);
double exp(double x);
double exp2(double x);
double log(double x);
double log2(double x);
double log10(double x);
double pow(double x, double y);
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);

#endif
