/* clogf.c - clogf: complex natural logarithm. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf clogf(cf z)
{
    return CMPLXF(logf(cabsf(z)), cargf(z));
}
