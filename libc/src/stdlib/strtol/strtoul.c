/* strtoul.c - strtoul: an unsigned long (a minus sign negates, as the standard says). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "../../libc_internal.h"

unsigned long strtoul(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long magnitude = __qpu_strtoul_parse(s, end, base, &negative, &overflow);

    if (overflow) {
        errno = ERANGE;
        return ULONG_MAX;
    }
    return negative ? 0 - magnitude : magnitude;
}
