/* __qpu_bswap64.c - __qpu_bswap64: __builtin_bswap64, the eight bytes reversed. */
#include <strings.h>
#include "bits.h"

unsigned long long __qpu_bswap64(unsigned long long x)
{
    return ((unsigned long long)__qpu_bswap32((unsigned)x) << 32) |
           __qpu_bswap32((unsigned)(x >> 32));
}
