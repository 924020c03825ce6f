/* strtol.c - strtol, strtoul, strtoll, strtoull, atoi, atol, atoll: integers in any
 * base 2..36 with the standard's rules (leading space, sign, 0x/0 prefixes for bases 16
 * and 0, ERANGE on overflow, *end = the start when there are no digits). The long long
 * forms use 64-bit arithmetic (two words on the QPU); the others stay in one word. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>

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
static unsigned long parse(const char *s, char **end, int base, int *negative, int *overflow)
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

/* parse, in 64 bits. */
static unsigned long long parse_ll(const char *s, char **end, int base, int *negative,
                                   int *overflow)
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

long strtol(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long magnitude = parse(s, end, base, &negative, &overflow);
    unsigned long limit = negative ? (unsigned long)LONG_MAX + 1 : (unsigned long)LONG_MAX;

    if (overflow || magnitude > limit) {
        errno = ERANGE;
        return negative ? LONG_MIN : LONG_MAX;
    }
    if (negative)
        return magnitude == 0 ? 0 : -(long)(magnitude - 1) - 1;
    return (long)magnitude;
}

unsigned long strtoul(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long magnitude = parse(s, end, base, &negative, &overflow);

    if (overflow) {
        errno = ERANGE;
        return ULONG_MAX;
    }
    return negative ? 0 - magnitude : magnitude;
}

long long strtoll(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long long magnitude = parse_ll(s, end, base, &negative, &overflow);
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

unsigned long long strtoull(const char *s, char **end, int base)
{
    int negative, overflow;
    unsigned long long magnitude = parse_ll(s, end, base, &negative, &overflow);

    if (overflow) {
        errno = ERANGE;
        return ULLONG_MAX;
    }
    return negative ? 0 - magnitude : magnitude;
}

long long atoll(const char *s)
{
    return strtoll(s, NULL, 10);
}

long atol(const char *s)
{
    return strtol(s, NULL, 10);
}

int atoi(const char *s)
{
    return (int)strtol(s, NULL, 10);
}
