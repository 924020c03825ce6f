/* remainderf.c - remainderf: x - n * y with n the integer nearest x / y (halfway cases
 * to even), exact. The reduction modulo 2y is fmodf; then at most two subtractions. */
#include <math.h>

float remainderf(float x, float y)
{
    int q;
    return remquof(x, y, &q);
}
