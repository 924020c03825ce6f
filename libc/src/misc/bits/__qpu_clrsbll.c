/* __qpu_clrsbll.c - __qpu_clrsbll: __builtin_clrsbll, leading redundant sign bits of a long long. */
#include <strings.h>
#include "bits.h"

int __qpu_clrsbll(long long x)
{
    unsigned long long u = x < 0 ? ~(unsigned long long)x : (unsigned long long)x;
    return __qpu_clzll(u) - 1;
}
