/* strtoull.c - strtoull: an unsigned long long, in 64-bit arithmetic. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "../../libc_internal.h"

unsigned long long strtoull(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long long magnitude = __qpu_strtoull_parse(s, end, base, &negative, &overflow);

    if (overflow) {
        errno = ERANGE;
        return ULLONG_MAX;
    }
    return negative ? 0 - magnitude : magnitude;
}
