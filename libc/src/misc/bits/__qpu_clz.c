/* __qpu_clz.c - __qpu_clz: __builtin_clz, leading zero bits. */
#include <strings.h>
#include "bits.h"

int __qpu_clz(unsigned x)
{
    int n = 0;
    if (!x)
        return 32;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        n++;
    }
    return n;
}
