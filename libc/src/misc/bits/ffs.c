/* ffs.c - ffs: position of the lowest one bit (1-based), 0 for 0. */
#include <strings.h>
#include "bits.h"

int ffs(int x)
{
    return x ? __qpu_ctz((unsigned)x) + 1 : 0;
}
