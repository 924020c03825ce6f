/* __qpu_ctz.c - __qpu_ctz: __builtin_ctz, trailing zero bits. */
#include <strings.h>
#include "bits.h"

int __qpu_ctz(unsigned x)
{
    int n = 0;
    if (!x)
        return 32;
    while (!(x & 1u)) {
        x >>= 1;
        n++;
    }
    return n;
}
