/* format_hex_float.c - %a and %A of a binary32 value: [-]0x1.hhhhhhp+d, as glibc prints
 * the same value (subnormals normalized to a leading 1, trailing zero digits dropped
 * when no precision is given, a precision rounding half to even, infinities and NaNs as
 * inf/nan). */
#include "../libc_internal.h"

static char hex_digit(unsigned v, int upper)
{
    return (char)(v < 10 ? '0' + v : (upper ? 'A' : 'a') + v - 10);
}

/* value = lead.frac (frac: `digits` hex digits) rounded to `keep` digits, half to even. */
static void round_hex(unsigned *lead, unsigned *frac, int *digits, int keep)
{
    int drop = (*digits - keep) * 4;
    unsigned whole = (*lead << (keep * 4)) | (*frac >> drop);
    unsigned rest = *frac & ((1u << drop) - 1), half = 1u << (drop - 1);
    if (rest > half || (rest == half && (whole & 1)))
        whole++;
    *lead = whole >> (keep * 4);
    *frac = whole & ((1u << (keep * 4)) - 1);
    *digits = keep;
}

int __format_hex_float(__format_emit emit, void *context, const struct __format_spec *spec,
                       float value)
{
    union { float f; unsigned u; } bits;
    bits.f = value;
    int upper = spec->conversion == 'A';
    unsigned mantissa = bits.u & 0x7FFFFFu;
    int biased = (int)((bits.u >> 23) & 0xFFu), exponent = 0;
    const char *sign = (bits.u >> 31) ? "-" : spec->plus ? "+" : spec->space ? " " : "";
    if (biased == 0xFF) {
        const char *word = mantissa ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return __format_padded(emit, context, spec, sign, word, 3, 3, 0, 0);
    }
    unsigned lead = 0, frac = 0;
    int digits = 6;
    if (biased != 0 || mantissa != 0) {
        unsigned m = biased ? mantissa | 0x800000u : mantissa;
        exponent = biased ? biased - 127 : -126;
        for (; !(m & 0x800000u); m <<= 1) /* a subnormal: normalized */
            exponent--;
        lead = 1;
        frac = (m & 0x7FFFFFu) << 1; /* 23 bits as 6 hex digits */
    }
    if (spec->precision >= 0 && spec->precision < digits)
        round_hex(&lead, &frac, &digits, spec->precision);
    for (; spec->precision < 0 && digits > 0 && (frac & 0xFu) == 0; frac >>= 4)
        digits--;
    int zeros = spec->precision > digits ? spec->precision - digits : 0;
    char prefix[4], body[32];
    int n = 0, len = 0;
    for (const char *s = sign; *s; s++)
        prefix[n++] = *s;
    prefix[n++] = '0';
    prefix[n++] = upper ? 'X' : 'x';
    prefix[n] = 0;
    body[len++] = hex_digit(lead, upper);
    if (digits > 0 || zeros > 0 || spec->alt)
        body[len++] = '.';
    for (int i = digits - 1; i >= 0; i--)
        body[len++] = hex_digit((frac >> (i * 4)) & 0xFu, upper);
    int split = len; /* the zeros of a longer precision go here */
    body[len++] = upper ? 'P' : 'p';
    body[len++] = exponent < 0 ? '-' : '+';
    unsigned e = (unsigned)(exponent < 0 ? -exponent : exponent);
    char rev[4];
    int k = 0;
    do {
        rev[k++] = (char)('0' + e % 10);
        e /= 10;
    } while (e);
    while (k)
        body[len++] = rev[--k];
    return __format_padded(emit, context, spec, prefix, body, len, split, zeros,
                           spec->zero && !spec->left);
}
