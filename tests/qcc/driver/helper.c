/* helper.c - the other translation unit of the driver test. */
#include "helper.h"

static int twice(int x) { return 2 * x; }

int helper(int x)
{
    return twice(x) + 1;
}
