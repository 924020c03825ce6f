/* __qpu_ctzll.c - __qpu_ctzll: __builtin_ctzll, trailing zero bits of 64. */
#include <strings.h>
#include "bits.h"

int __qpu_ctzll(unsigned long long x)
{
    unsigned lo = (unsigned)x;
    return lo ? __qpu_ctz(lo) : 32 + __qpu_ctz((unsigned)(x >> 32));
}
