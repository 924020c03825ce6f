/* strtod.c - strtof, strtod, atof: decimal numbers with optional fraction and exponent,
 * "inf", "infinity" and "nan" (any case). The first 9 significant digits are used and
 * scaled by a power of ten, so results are within about 2 ulp of the nearest float;
 * ERANGE on overflow (HUGE_VAL) and on underflow to zero. Hexadecimal floats are not
 * supported. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>

static int match_word(const char *s, const char *word)
{
    int i;
    for (i = 0; word[i]; i++)
        if (tolower(s[i]) != word[i])
            return 0;
    return i;
}

/* 10^n for 0 <= n by repeated squaring, or 0/inf when out of range. */
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

/* Reads digits, '.', and the exponent; returns the end, or NULL if no digits. */
static const char *parse_decimal(const char *p, unsigned *mantissa, int *exponent)
{
    int digits = 0, any = 0;
    *mantissa = 0;
    *exponent = 0;
    for (; isdigit(*p); p++, any = 1) {
        if (digits < 9) {
            *mantissa = *mantissa * 10u + (unsigned)(*p - '0');
            digits += *mantissa != 0;
        } else {
            (*exponent)++;
        }
    }
    if (*p == '.') {
        for (p++; isdigit(*p); p++, any = 1) {
            if (digits < 9) {
                *mantissa = *mantissa * 10u + (unsigned)(*p - '0');
                digits += *mantissa != 0;
                (*exponent)--;
            }
        }
    }
    if (!any)
        return NULL;
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        int negative = 0, e = 0;
        if (*q == '+' || *q == '-')
            negative = *q++ == '-';
        if (isdigit(*q)) {
            for (; isdigit(*q); q++)
                if (e < 10000)
                    e = e * 10 + (*q - '0');
            *exponent += negative ? -e : e;
            p = q;
        }
    }
    return p;
}

float strtof(const char *s, char **end)
{
    const char *p = s;
    int negative = 0, exponent, n;
    unsigned mantissa;
    float value;

    while (isspace(*p))
        p++;
    if (*p == '+' || *p == '-')
        negative = *p++ == '-';
    if ((n = match_word(p, "infinity")) != 0 || (n = match_word(p, "inf")) != 0) {
        value = INFINITY;
        p += n;
    } else if ((n = match_word(p, "nan")) != 0) {
        value = NAN;
        p += n;
    } else {
        const char *after = parse_decimal(p, &mantissa, &exponent);
        if (after == NULL) {
            if (end)
                *end = (char *)s;
            return 0.0f;
        }
        p = after;
        value = (float)mantissa;
        if (mantissa != 0 && exponent > 0)
            value = exponent > 50 ? INFINITY : value * power_of_ten(exponent);
        else if (mantissa != 0 && exponent < 0)
            value = exponent < -60 ? 0.0f
                  : exponent < -38 ? value / power_of_ten(-exponent - 20) / 1e20f
                  : value / power_of_ten(-exponent);
        if (mantissa != 0 && (isinf(value) || value == 0.0f))
            errno = ERANGE;
    }
    if (end)
        *end = (char *)p;
    return negative ? -value : value;
}

double strtod(const char *s, char **end)
{
    return strtof(s, end);
}

double atof(const char *s)
{
    return strtof(s, NULL);
}
