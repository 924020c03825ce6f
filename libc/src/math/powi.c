/* powi.c - __qpu_powi, behind __builtin_powi, __builtin_powif and __builtin_powil (gcc's
 * libgcc calls it __powisf2): x to an integer power by repeated squaring, with the
 * reciprocal taken last for a negative power, as gcc computes it. */
#include "fpbits.h"

float __qpu_powi(float x, int m)
{
    unsigned n = m < 0 ? 0u - (unsigned)m : (unsigned)m;
    float y = n % 2 ? x : 1.0f;
    while (n >>= 1) {
        x = x * x;
        if (n % 2)
            y = y * x;
    }
    return m < 0 ? 1.0f / y : y;
}
