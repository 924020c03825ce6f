/* modfl.c - modfl: modff through a float (long double is binary32 on the QPU, but a
 * long double * is not a float * to the compiler). */
#include <math.h>

long double modfl(long double x, long double *ipart)
{
    float whole, fraction = modff(x, &whole);
    *ipart = whole;
    return fraction;
}
