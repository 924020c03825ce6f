/* __qpu_popcountll.c - __qpu_popcountll: __builtin_popcountll, number of one bits of 64. */
#include <strings.h>
#include "bits.h"

int __qpu_popcountll(unsigned long long x)
{
    return __qpu_popcount((unsigned)x) + __qpu_popcount((unsigned)(x >> 32));
}
