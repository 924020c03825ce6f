/* ldiv.c - ldiv: quotient and remainder of longs. */
#include <stdlib.h>

ldiv_t ldiv(long num, long den)
{
    ldiv_t r;
    r.quot = num / den;
    r.rem = num % den;
    return r;
}
