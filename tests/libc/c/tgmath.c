/* tgmath.c - <tgmath.h>: the type of each macro's result (float, double, long double or
 * their complex types) for float, double, long double, integer and complex arguments,
 * mixed ones included, and the value (to 4 digits, which every format gives alike). */
#include <stdio.h>
#include <tgmath.h>

#define KIND(e)                                                                      \
    _Generic((e), float: "float", double: "double", long double: "long double",         \
             float _Complex: "float complex", double _Complex: "double complex",       \
             long double _Complex: "long double complex", int: "int", long: "long",    \
             long long: "long long", default: "other")

#define SHOW(e) printf("%-28s %-20s %.4g\n", #e, KIND(e), (double)creal(e))

int main(void)
{
    float f = 0.5f;
    double d = 0.25;
    long double l = 2.0L;
    int i = 3;
    float _Complex fz = 1.0f + 1.0fi;
    double _Complex dz = 2.0 - 1.0i;
    int e;
    SHOW(sin(f));
    SHOW(sin(d));
    SHOW(sin(l));
    SHOW(sin(i));
    SHOW(sqrt(fz));
    SHOW(exp(dz));
    SHOW(fabs(fz));
    SHOW(fabs(-l));
    SHOW(pow(f, f));
    SHOW(pow(f, i));
    SHOW(pow(f, l));
    SHOW(pow(fz, d));
    SHOW(atan2(f, d));
    SHOW(atan2(f, f));
    SHOW(fmax(i, f));
    SHOW(fma(f, f, f));
    SHOW(fma(f, f, l));
    SHOW(cbrt(27));
    SHOW(frexp(f, &e));
    SHOW(ldexp(l, 3));
    SHOW(ilogb(d));
    SHOW(lround(f));
    SHOW(llrint(l));
    SHOW(nexttoward(f, l));
    SHOW(remquo(f, d, &e));
    SHOW(scalbn(f, 2));
    SHOW(carg(fz));
    SHOW(cimag(dz));
    SHOW(creal(d));
    SHOW(conj(f));
    SHOW(cproj(dz));
    return 0;
}
