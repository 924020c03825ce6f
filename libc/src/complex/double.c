/* double.c - the double and long double <complex.h> functions: both are binary32 on
 * the QPU, so each one is its float counterpart. */
#include <complex.h>

typedef double _Complex cd;
typedef long double _Complex cl;

double creal(cd z) { return crealf(z); }
long double creall(cl z) { return crealf(z); }
double cimag(cd z) { return cimagf(z); }
long double cimagl(cl z) { return cimagf(z); }
double cabs(cd z) { return cabsf(z); }
long double cabsl(cl z) { return cabsf(z); }
double carg(cd z) { return cargf(z); }
long double cargl(cl z) { return cargf(z); }
cd cpow(cd x, cd y) { return cpowf(x, y); }
cl cpowl(cl x, cl y) { return cpowf(x, y); }

#define COMPLEX_WRAPPERS(name)                                                         \
    cd name(cd z) { return name##f(z); }                                               \
    cl name##l(cl z) { return name##f(z); }
COMPLEX_WRAPPERS(conj)
COMPLEX_WRAPPERS(cproj)
COMPLEX_WRAPPERS(cexp)
COMPLEX_WRAPPERS(clog)
COMPLEX_WRAPPERS(csqrt)
COMPLEX_WRAPPERS(csin)
COMPLEX_WRAPPERS(ccos)
COMPLEX_WRAPPERS(ctan)
COMPLEX_WRAPPERS(casin)
COMPLEX_WRAPPERS(cacos)
COMPLEX_WRAPPERS(catan)
COMPLEX_WRAPPERS(csinh)
COMPLEX_WRAPPERS(ccosh)
COMPLEX_WRAPPERS(ctanh)
COMPLEX_WRAPPERS(casinh)
COMPLEX_WRAPPERS(cacosh)
COMPLEX_WRAPPERS(catanh)
