/* strtof_hex.c - the hexadecimal floats of strtof (C99 7.22.1.3): 0x, hex digits with an
 * optional point, an optional binary exponent p[+-]digits; correctly rounded (ties to
 * even) to binary32, ERANGE on overflow (HUGE_VAL) and on underflow (an inexact tiny
 * result, as glibc). */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include "../../libc_internal.h"

static int hex_value(int c)
{
    if (isdigit(c))
        return c - '0';
    c = tolower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* m (its top bit at `top`, nonzero bits below it when sticky) rounded to `keep` bits,
 * ties to even; *inexact set when bits were lost. The result may be 2^keep. */
static unsigned round_bits(unsigned m, int top, int keep, int sticky, int *inexact)
{
    int drop = top + 1 - keep; /* bits of m below the last one kept */
    *inexact = sticky;
    if (drop <= 0)
        return m << -drop;
    if (drop > 32) { /* below half of the last bit */
        *inexact = 1;
        return 0;
    }
    unsigned r = drop == 32 ? 0 : m >> drop;
    unsigned rest = drop == 32 ? m : m & ((1u << drop) - 1);
    unsigned half = 1u << (drop - 1);
    *inexact |= rest != 0;
    if (rest > half || (rest == half && (sticky || (r & 1u))))
        r++;
    return r;
}

/* The nearest float to (m + a fraction, nonzero when sticky) * 2^e, m nonzero. ERANGE
 * on overflow, and on underflow as glibc detects it: the result is inexact and the
 * value rounded to 24 bits with an unbounded exponent is below FLT_MIN. */
static float nearest(unsigned m, int e, int sticky)
{
    union { float f; unsigned u; } b;
    int top = 31, inexact;
    while (!((m >> top) & 1u))
        top--;
    int lead = e + top; /* the leading bit's exponent */
    if (lead > 127) {
        errno = ERANGE;
        return HUGE_VALF;
    }
    if (lead < -126) { /* subnormal, or rounded up to the smallest normal */
        unsigned wide = round_bits(m, top, 24, sticky, &inexact);
        int tiny = lead < -127 || wide < 0x1000000u;
        b.u = round_bits(m, top, 150 + lead, sticky, &inexact);
        if (inexact && tiny)
            errno = ERANGE;
        return b.f;
    }
    unsigned r = round_bits(m, top, 24, sticky, &inexact);
    if (r == 0x1000000u) { /* rounded up to the next power of two */
        r >>= 1;
        if (++lead > 127) {
            errno = ERANGE;
            return HUGE_VALF;
        }
    }
    b.u = (unsigned)(lead + 127) << 23 | (r & 0x7FFFFFu);
    return b.f;
}

/* Parses a hexadecimal float at p ("0x" or "0X" there): its end, the value in *out; NULL
 * when no hex digit follows (the subject is then the decimal "0"). */
const char *__qpu_strtof_hex(const char *p, float *out)
{
    const char *q = p + 2;
    unsigned m = 0;
    int e = 0, sticky = 0, digits = 0, point = 0;
    for (;; q++) {
        int v;
        if (*q == '.' && !point) {
            point = 1;
            continue;
        }
        if ((v = hex_value(*q)) < 0)
            break;
        digits++;
        if (m < 0x10000000u) { /* room for four more bits */
            m = m << 4 | (unsigned)v;
            e -= point ? 4 : 0;
        } else {
            sticky |= v != 0;
            e += point ? 0 : 4;
        }
    }
    if (digits == 0)
        return NULL;
    if (*q == 'p' || *q == 'P') {
        const char *x = q + 1;
        int negative = 0;
        long v = 0;
        if (*x == '+' || *x == '-')
            negative = *x++ == '-';
        if (isdigit(*x)) {
            for (; isdigit(*x); x++)
                if (v < 1000000)
                    v = v * 10 + (*x - '0');
            e += negative ? -(int)v : (int)v;
            q = x;
        }
    }
    *out = m ? nearest(m, e, sticky) : 0.0f;
    return q;
}
