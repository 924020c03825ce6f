/* __qpu_clrsb.c - __qpu_clrsb: __builtin_clrsb, leading redundant sign bits of an int. */
#include <strings.h>
#include "bits.h"

/* The number of bits after the sign bit that equal it. */
int __qpu_clrsb(int x)
{
    unsigned u = x < 0 ? ~(unsigned)x : (unsigned)x;
    return __qpu_clz(u) - 1;
}
