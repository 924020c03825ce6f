/* strtol_parse.c - what the strto* integer functions share: the space, sign and base
 * prefix (0x/0 for bases 16 and 0; EINVAL for a base outside 2..36), then the digits,
 * with *overflow set when the magnitude does not fit (one word, or 64 bits for the
 * long long forms) and *end = the start when there are no digits. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "../../libc_internal.h"

static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Skips space, sign and base prefix; returns where the digits start, or NULL for an
 * invalid base (errno = EINVAL). */
static const char *prefix(const char *p, int *base, int *negative)
{
    *negative = 0;
    if (*base < 0 || *base == 1 || *base > 36) {
        errno = EINVAL;
        return NULL;
    }
    while (isspace(*p))
        p++;
    if (*p == '+' || *p == '-')
        *negative = *p++ == '-';
    if ((*base == 0 || *base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
        digit_value(p[2]) < 16) {
        p += 2;
        *base = 16;
    } else if (*base == 0) {
        *base = p[0] == '0' ? 8 : 10;
    }
    return p;
}

/* Reads the sign and magnitude; *overflow is set when the magnitude does not fit. */
unsigned long __qpu_strtoul_parse(const char *s, char **end, int base, int *negative,
                                  int *overflow)
{
    const char *p = prefix(s, &base, negative);
    unsigned long value = 0;
    int any = 0;

    *overflow = 0;
    for (; p != NULL && digit_value(*p) < base; p++) {
        unsigned long d = (unsigned long)digit_value(*p);
        if (value > (ULONG_MAX - d) / (unsigned long)base)
            *overflow = 1;
        else
            value = value * (unsigned long)base + d;
        any = 1;
    }
    if (end)
        *end = (char *)(any ? p : s);
    return value;
}

/* __qpu_strtoul_parse, in 64 bits. */
unsigned long long __qpu_strtoull_parse(const char *s, char **end, int base,
                                           int *negative, int *overflow)
{
    const char *p = prefix(s, &base, negative);
    unsigned long long value = 0, limit = 0;
    int any = 0;

    *overflow = 0;
    if (p != NULL)
        limit = ULLONG_MAX / (unsigned)base;
    for (; p != NULL && digit_value(*p) < base; p++) {
        unsigned d = (unsigned)digit_value(*p);
        if (value > limit || value * (unsigned)base > ULLONG_MAX - d)
            *overflow = 1;
        else
            value = value * (unsigned)base + d;
        any = 1;
    }
    if (end)
        *end = (char *)(any ? p : s);
    return value;
}
