/* strtol.c - strtol: a long in base 2..36 (leading space, sign, 0x/0 prefixes; ERANGE
 * on overflow). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "../../libc_internal.h"

long strtol(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long magnitude = __qpu_strtoul_parse(s, end, base, &negative, &overflow);
    unsigned long limit = negative ? (unsigned long)LONG_MAX + 1 : (unsigned long)LONG_MAX;

    if (overflow || magnitude > limit) {
        errno = ERANGE;
        return negative ? LONG_MIN : LONG_MAX;
    }
    if (negative)
        return magnitude == 0 ? 0 : -(long)(magnitude - 1) - 1;
    return (long)magnitude;
}
