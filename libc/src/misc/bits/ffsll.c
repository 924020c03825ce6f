/* ffsll.c - ffsll: ffs of a long long. */
#include <strings.h>
#include "bits.h"

int ffsll(long long x)
{
    return x ? __qpu_ctzll((unsigned long long)x) + 1 : 0;
}
