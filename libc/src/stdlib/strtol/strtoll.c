/* strtoll.c - strtoll: a long long, in 64-bit arithmetic (two words on the QPU). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "../../libc_internal.h"

long long strtoll(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long long magnitude = __qpu_strtoull_parse(s, end, base, &negative, &overflow);
    unsigned long long limit = negative ? (unsigned long long)LLONG_MAX + 1
                                        : (unsigned long long)LLONG_MAX;

    if (overflow || magnitude > limit) {
        errno = ERANGE;
        return negative ? LLONG_MIN : LLONG_MAX;
    }
    if (negative)
        return magnitude == 0 ? 0 : -(long long)(magnitude - 1) - 1;
    return (long long)magnitude;
}
