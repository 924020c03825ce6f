/* double.c - the double-named functions: double is binary32 on the QPU, the same type
 * as float, so each one is its float counterpart. */
#include <math.h>

double fabs(double x) { return fabsf(x); }
double sqrt(double x) { return sqrtf(x); }
double floor(double x) { return floorf(x); }
double ceil(double x) { return ceilf(x); }
double trunc(double x) { return truncf(x); }
double round(double x) { return roundf(x); }
double fmod(double x, double y) { return fmodf(x, y); }
double frexp(double x, int *exp) { return frexpf(x, exp); }
double ldexp(double x, int exp) { return ldexpf(x, exp); }
double copysign(double x, double y) { return copysignf(x, y); }
double fmin(double x, double y) { return fminf(x, y); }
double fmax(double x, double y) { return fmaxf(x, y); }
double hypot(double x, double y) { return hypotf(x, y); }
double exp(double x) { return expf(x); }
double exp2(double x) { return exp2f(x); }
double log(double x) { return logf(x); }
double log2(double x) { return log2f(x); }
double log10(double x) { return log10f(x); }
double pow(double x, double y) { return powf(x, y); }
double sin(double x) { return sinf(x); }
double cos(double x) { return cosf(x); }
double tan(double x) { return tanf(x); }
double asin(double x) { return asinf(x); }
double acos(double x) { return acosf(x); }
double atan(double x) { return atanf(x); }
double atan2(double y, double x) { return atan2f(y, x); }
double sinh(double x) { return sinhf(x); }
double cosh(double x) { return coshf(x); }
double tanh(double x) { return tanhf(x); }

double modf(double x, double *ipart)
{
    float whole, fraction = modff(x, &whole);
    *ipart = whole;
    return fraction;
}
