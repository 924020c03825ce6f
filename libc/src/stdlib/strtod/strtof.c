/* strtof.c - strtof (strtod and atof call it): decimal numbers with optional fraction
 * and exponent, "inf", "infinity" and "nan" (any case), correctly rounded (ties to even)
 * like glibc. A first guess from the leading digits is exact when the number is short
 * (the common case); otherwise it is corrected by comparing the input's digits with the
 * exact decimal expansion of the midpoints between neighbouring floats (the same
 * expansion printf uses). ERANGE on overflow (HUGE_VAL) and on underflow (zero or
 * subnormal). Hexadecimal floats are read by strtof_hex.c. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include "../../libc_internal.h"

#define INPUT_DIGITS 120  /* significant digits kept; any further nonzero one is "sticky" */

/* The parsed number: value = 0.d[0]d[1]...d[n-1](sticky) * 10^point. */
struct number {
    char d[INPUT_DIGITS];
    int n, point, sticky;
};

static int match_word(const char *s, const char *word)
{
    int i;
    for (i = 0; word[i]; i++)
        if (tolower(s[i]) != word[i])
            return 0;
    return i;
}

static void add_digit(struct number *num, int c, int *seen_point)
{
    if (num->n == 0 && c == '0') {       /* leading zero */
        if (*seen_point)
            num->point--;
        return;
    }
    if (num->n < INPUT_DIGITS)
        num->d[num->n++] = (char)c;
    else if (c != '0')
        num->sticky = 1;
    if (!*seen_point)
        num->point++;
}

/* Reads digits, '.', and the exponent; returns the end, or NULL if no digits. */
static const char *parse_decimal(const char *p, struct number *num)
{
    int any = 0, seen_point = 0;
    num->n = num->point = num->sticky = 0;
    for (;; p++) {
        if (isdigit(*p)) {
            add_digit(num, *p, &seen_point);
            any = 1;
        } else if (*p == '.' && !seen_point) {
            seen_point = 1;
        } else {
            break;
        }
    }
    if (!any)
        return NULL;
    while (num->n > 0 && num->d[num->n - 1] == '0')
        num->n--;
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        int negative = 0, e = 0;
        if (*q == '+' || *q == '-')
            negative = *q++ == '-';
        if (isdigit(*q)) {
            for (; isdigit(*q); q++)
                if (e < 100000)
                    e = e * 10 + (*q - '0');
            num->point += negative ? -e : e;
            p = q;
        }
    }
    return p;
}

/* 10^n for 0 <= n <= 38 by repeated squaring (exact up to 10^10). */
static float power_of_ten(int n)
{
    float result = 1.0f, square = 10.0f;
    while (n > 0) {
        if (n & 1)
            result *= square;
        square *= square;
        n >>= 1;
    }
    return result;
}

/* The first guess from the first 9 digits; exact when flagged. */
static float guess(const struct number *num, int *exact)
{
    unsigned m = 0;
    int i, k = num->n < 9 ? num->n : 9, scale = num->point - k;
    float value;
    for (i = 0; i < k; i++)
        m = m * 10u + (unsigned)(num->d[i] - '0');
    value = (float)m;
    *exact = num->n == k && !num->sticky && m < 16777216u && scale >= -10 && scale <= 10;
    if (num->point > 39)
        return INFINITY;
    if (num->point < -46)
        return 0.0f;
    if (scale > 0)
        return value * power_of_ten(scale);
    if (scale < -38)
        return value / power_of_ten(-scale - 20) / 1e20f;
    return scale < 0 ? value / power_of_ten(-scale) : value;
}

/* Sign of (input - mantissa * 2^exp2), exactly. */
static int compare(const struct number *num, unsigned mantissa, int exp2)
{
    struct __decimal dec;
    int i;
    __float_decimal(mantissa, exp2, &dec);
    if (dec.n == 0)
        return num->n > 0;
    if (num->point != dec.point)
        return num->point > dec.point ? 1 : -1;
    for (i = 0; i < num->n && i < dec.n; i++)
        if (num->d[i] != dec.d[i])
            return num->d[i] > dec.d[i] ? 1 : -1;
    if (num->n > dec.n || num->sticky)
        return 1;
    return num->n < dec.n ? -1 : 0;
}

/* Compares the input with the midpoint between the positive floats with bits u and
 * u + 1. */
static int compare_midpoint(const struct number *num, unsigned u)
{
    unsigned exponent = u >> 23, m = u & 0x7FFFFFu;
    if (exponent != 0)
        m |= 0x800000u;
    else
        exponent = 1;
    return compare(num, 2 * m + 1, (int)exponent - 151);
}

/* Moves a guess within a few ulp to the correctly rounded float. */
static float correct(const struct number *num, float value)
{
    union { float f; unsigned u; } b;
    int c;
    b.f = value > 3.40282347e38f ? 3.40282347e38f : value;
    for (;;) {
        c = compare_midpoint(num, b.u);
        if (c > 0 || (c == 0 && (b.u & 1))) {
            b.u++;                        /* (past the largest float: infinity) */
            if (b.u == 0x7F800000u)
                break;
            continue;
        }
        if (b.u == 0)
            break;
        c = compare_midpoint(num, b.u - 1);
        if (c < 0 || (c == 0 && (b.u & 1))) {
            b.u--;
            continue;
        }
        break;
    }
    return b.f;
}

float strtof(const char *s, char **end)
{
    const char *p = s;
    int negative = 0, n, exact;
    struct number num;
    float value;

    while (isspace(*p))
        p++;
    if (*p == '+' || *p == '-')
        negative = *p++ == '-';
    const char *hex_end;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
        (hex_end = __qpu_strtof_hex(p, &value)) != NULL) {
        p = hex_end;
    } else if ((n = match_word(p, "infinity")) != 0 || (n = match_word(p, "inf")) != 0) {
        value = INFINITY;
        p += n;
    } else if ((n = match_word(p, "nan")) != 0) {
        value = NAN;
        p += n;
    } else {
        const char *after = parse_decimal(p, &num);
        if (after == NULL) {
            if (end)
                *end = (char *)s;
            return 0.0f;
        }
        p = after;
        value = 0.0f;
        if (num.n > 0) {
            value = guess(&num, &exact);
            if (!exact)
                value = correct(&num, value);
            if (isinf(value) || value == 0.0f || fpclassify(value) == FP_SUBNORMAL)
                errno = ERANGE;
        }
    }
    if (end)
        *end = (char *)p;
    return negative ? -value : value;
}
