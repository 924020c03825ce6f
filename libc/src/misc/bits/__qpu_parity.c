/* __qpu_parity.c - __qpu_parity: __builtin_parity, parity of the one bits. */
#include <strings.h>
#include "bits.h"

int __qpu_parity(unsigned x)
{
    return __qpu_popcount(x) & 1;
}
