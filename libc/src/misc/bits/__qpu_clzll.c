/* __qpu_clzll.c - __qpu_clzll: __builtin_clzll, leading zero bits of 64. */
#include <strings.h>
#include "bits.h"

int __qpu_clzll(unsigned long long x)
{
    unsigned hi = (unsigned)(x >> 32);
    return hi ? __qpu_clz(hi) : 32 + __qpu_clz((unsigned)x);
}
