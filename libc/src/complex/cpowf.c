/* cpowf.c - cpowf: complex power. */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

cf cpowf(cf x, cf y)
{
    if (x == 0.0f)
        return y == 0.0f ? 1.0f : 0.0f;
    return cexpf(y * clogf(x));
}
