/* __qpu_bswap16.c - __qpu_bswap16: __builtin_bswap16, the two low bytes swapped. */
#include <strings.h>
#include "bits.h"

unsigned __qpu_bswap16(unsigned x)
{
    return ((x & 0xFFu) << 8) | ((x >> 8) & 0xFFu);
}
