/* __qpu_popcount.c - __qpu_popcount: __builtin_popcount, number of one bits. */
#include <strings.h>
#include "bits.h"

int __qpu_popcount(unsigned x)
{
    int n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
}
