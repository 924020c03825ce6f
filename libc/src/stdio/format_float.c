/* format_float.c - %f %e %g (and %F %E %G) of a binary32 value, exactly: the value
 * m * 2^e is expanded into all of its decimal digits with a small big-number (base
 * 10000 limbs, 32-bit arithmetic only), then rounded to the requested digit count
 * (half to even on exact ties, like glibc), so the output is the correctly rounded
 * decimal of the float, at any precision. Infinities and NaNs print as inf/nan
 * (INF/NAN). */
#include <string.h>
#include "../libc_internal.h"

#define LIMBS 32            /* 128 decimal digits: enough for 2^25 * 5^150 and 2^128 */
#define MAX_DIGITS (LIMBS * 4)

/* n = n * factor + 0 over limbs (least significant first); factor <= 2^14. */
static void big_multiply(unsigned *limbs, int *count, unsigned factor)
{
    unsigned carry = 0;
    int i;
    for (i = 0; i < *count; i++) {
        unsigned v = limbs[i] * factor + carry;
        limbs[i] = v % 10000u;
        carry = v / 10000u;
    }
    while (carry != 0) {
        limbs[(*count)++] = carry % 10000u;
        carry /= 10000u;
    }
}

/* Expands mantissa * 2^exp2 exactly (see libc_internal.h). */
void __float_decimal(unsigned mantissa, int exp2, struct __decimal *dec)
{
    unsigned limbs[LIMBS];
    int count = 0, i, k, digits = 0;
    char *p = dec->d;

    while (mantissa != 0) {
        limbs[count++] = mantissa % 10000u;
        mantissa /= 10000u;
    }
    /* m * 2^e for e >= 0; m * 2^-k = m * 5^k / 10^k for e = -k. */
    for (k = exp2 > 0 ? exp2 : -exp2; k > 0;) {
        int step = k < 6 ? k : 6;  /* 2^6 = 64 and 5^6 = 15625 keep products in 32 bits */
        unsigned factor = 1;
        for (i = 0; i < step; i++)
            factor *= exp2 > 0 ? 2u : 5u;
        big_multiply(limbs, &count, factor);
        k -= step;
    }
    for (i = count - 1; i >= 0; i--) {
        unsigned v = limbs[i];
        char four[4];
        int j;
        for (j = 3; j >= 0; j--) {
            four[j] = (char)('0' + v % 10u);
            v /= 10u;
        }
        for (j = 0; j < 4; j++)
            if (digits > 0 || four[j] != '0')
                p[digits++] = four[j];
    }
    dec->point = digits - (exp2 < 0 ? -exp2 : 0);
    while (digits > 0 && p[digits - 1] == '0')
        digits--;
    dec->n = digits;
}

/* Keeps the first `keep` digits, rounding half to even; keep may be <= 0. */
static void round_to(struct __decimal *dec, int keep)
{
    int up, i;
    if (keep >= dec->n)
        return;
    if (keep < 0) {
        dec->n = 0;
        return;
    }
    if (dec->d[keep] != '5')
        up = dec->d[keep] > '5';
    else if (dec->n > keep + 1)
        up = 1;
    else
        up = keep > 0 && (dec->d[keep - 1] - '0') % 2 == 1;
    dec->n = keep;
    if (!up) {
        while (dec->n > 0 && dec->d[dec->n - 1] == '0')
            dec->n--;
        return;
    }
    for (i = keep - 1; i >= 0 && dec->d[i] == '9'; i--)
        ;
    if (i < 0) {  /* 999.. rounds to 1000.. */
        dec->d[0] = '1';
        dec->n = 1;
        dec->point++;
        return;
    }
    dec->d[i]++;
    dec->n = i + 1;
}

static char digit_at(const struct __decimal *dec, int i)
{
    return i >= 0 && i < dec->n ? dec->d[i] : '0';
}

/* A growing output line; long enough for 39 integer digits plus any precision up to
 * the clamp below. */
#define MAX_PRECISION 150
struct text {
    char s[MAX_PRECISION + 64];
    int len;
};

static void put(struct text *t, char c)
{
    t->s[t->len++] = c;
}

/* %f body: integer digits, then '.' and `precision` digits (point only if needed). */
static void fixed(struct text *t, const struct __decimal *dec, int precision, int alt)
{
    int i;
    if (dec->point <= 0)
        put(t, '0');
    for (i = 0; i < dec->point; i++)
        put(t, digit_at(dec, i));
    if (precision > 0 || alt)
        put(t, '.');
    for (i = 0; i < precision; i++)
        put(t, digit_at(dec, dec->point + i));
}

/* %e body: d.ddd then e+XX. */
static void scientific(struct text *t, const struct __decimal *dec, int precision, int alt,
                       int upper)
{
    int i, exponent = dec->n == 0 ? 0 : dec->point - 1;
    char buf[8];
    int nbuf = 0;
    put(t, digit_at(dec, 0));
    if (precision > 0 || alt)
        put(t, '.');
    for (i = 1; i <= precision; i++)
        put(t, digit_at(dec, i));
    put(t, upper ? 'E' : 'e');
    put(t, exponent < 0 ? '-' : '+');
    if (exponent < 0)
        exponent = -exponent;
    do {
        buf[nbuf++] = (char)('0' + exponent % 10);
        exponent /= 10;
    } while (exponent != 0);
    if (nbuf < 2)
        buf[nbuf++] = '0';
    while (nbuf > 0)
        put(t, buf[--nbuf]);
}

/* %g: %e or %f by the exponent, trailing zeros removed unless '#'. */
static void general(struct text *t, struct __decimal *dec, int precision, int alt, int upper)
{
    int exponent, start;
    if (precision == 0)
        precision = 1;
    round_to(dec, precision);
    exponent = dec->n == 0 ? 0 : dec->point - 1;
    start = t->len;
    if (exponent < -4 || exponent >= precision)
        scientific(t, dec, precision - 1, alt, upper);
    else
        fixed(t, dec, precision - 1 - exponent, alt);
    if (!alt) {
        /* Drop zeros after the point (and the point), keeping any exponent. */
        char exp_part[8];
        int exp_len = 0, end = t->len, i, dot = -1;
        for (i = start; i < t->len; i++) {
            if (t->s[i] == '.')
                dot = i;
            if (t->s[i] == 'e' || t->s[i] == 'E') {
                end = i;
                break;
            }
        }
        if (dot < 0)
            return;
        for (i = end; i < t->len; i++)
            exp_part[exp_len++] = t->s[i];
        while (end > dot + 1 && t->s[end - 1] == '0')
            end--;
        if (end == dot + 1)
            end = dot;
        t->len = end;
        for (i = 0; i < exp_len; i++)
            put(t, exp_part[i]);
    }
}

/* Where digits beyond MAX_PRECISION (all zeros) go: before any exponent. */
static int exponent_start(const struct text *t)
{
    int i;
    for (i = 0; i < t->len; i++)
        if (t->s[i] == 'e' || t->s[i] == 'E')
            return i;
    return t->len;
}

int __format_float(__format_emit emit, void *context, const struct __format_spec *spec,
                   float value)
{
    union { float f; unsigned u; } bits;
    unsigned mantissa;
    int exponent, upper, precision, extra_zeros = 0, c = spec->conversion;
    const char *sign;
    struct __decimal dec;
    struct text t;

    bits.f = value;
    mantissa = bits.u & 0x7FFFFFu;
    exponent = (int)((bits.u >> 23) & 0xFFu);
    upper = c == 'F' || c == 'E' || c == 'G';
    sign = (bits.u >> 31) ? "-" : spec->plus ? "+" : spec->space ? " " : "";
    t.len = 0;
    if (exponent == 0xFF) {
        const char *word = mantissa ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return __format_padded(emit, context, spec, sign, word, 3, 3, 0, 0);
    }
    if (exponent == 0)
        exponent = 1;
    else
        mantissa |= 0x800000u;
    __float_decimal(mantissa, exponent - 150, &dec);
    precision = spec->precision < 0 ? 6 : spec->precision;
    if (precision > MAX_PRECISION) {
        /* A float has at most 149 fractional and 112 significant digits: the rest of a
         * longer precision is zeros. (%g drops them unless '#'.) */
        extra_zeros = c == 'g' || c == 'G' ? (spec->alt ? precision - MAX_PRECISION : 0)
                                           : precision - MAX_PRECISION;
        precision = MAX_PRECISION;
    }
    if (c == 'f' || c == 'F') {
        round_to(&dec, dec.point + precision);
        fixed(&t, &dec, precision, spec->alt);
    } else if (c == 'e' || c == 'E') {
        round_to(&dec, precision + 1);
        scientific(&t, &dec, precision, spec->alt, upper);
    } else {
        general(&t, &dec, precision, spec->alt, upper);
    }
    return __format_padded(emit, context, spec, sign, t.s, t.len, exponent_start(&t), extra_zeros,
                       spec->zero && !spec->left);
}
