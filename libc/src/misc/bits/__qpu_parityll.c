/* __qpu_parityll.c - __qpu_parityll: __builtin_parityll, parity of the one bits of 64. */
#include <strings.h>
#include "bits.h"

int __qpu_parityll(unsigned long long x)
{
    return __qpu_popcountll(x) & 1;
}
