/* __qpu_bswap32.c - __qpu_bswap32: __builtin_bswap32, the four bytes reversed. */
#include <strings.h>
#include "bits.h"

unsigned __qpu_bswap32(unsigned x)
{
    return (x << 24) | ((x & 0xFF00u) << 8) | ((x >> 8) & 0xFF00u) | (x >> 24);
}
