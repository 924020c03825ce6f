/* modf.c - modf: modff through a float (double is binary32 on the QPU, but a double *
 * is not a float * to the compiler). */
#include <math.h>

double modf(double x, double *ipart)
{
    float whole, fraction = modff(x, &whole);
    *ipart = whole;
    return fraction;
}
