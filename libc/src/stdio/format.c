/* format.c - the printf engine shared by every printf variant: parses each conversion
 * (flags, width, precision, length) and writes integers, characters, strings and
 * pointers; %f %e %g go to format_float.c. Output leaves through an emit callback, so
 * the same code fills strings (snprintf) and streams (fprintf). Behaves like glibc's
 * printf for everything it supports (%n with every length modifier included); wide
 * characters are not supported. */
#include <stdint.h>
#include <string.h>
#include "../libc_internal.h"

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_T };

struct state {
    __format_emit emit;
    void *context;
    int count;
};

static void counting_emit(struct state *st, const char *text, size_t length)
{
    if (length > 0)
        st->emit(st->context, text, length);
    st->count += (int)length;
}

void __format_pad(__format_emit emit, void *context, char c, int count)
{
    char chunk[16];
    int i;
    for (i = 0; i < 16; i++)
        chunk[i] = c;
    while (count > 0) {
        int n = count < 16 ? count : 16;
        emit(context, chunk, (size_t)n);
        count -= n;
    }
}

/* Writes sign, then body[0..split), `zeros` zeros, body[split..len), padded to the width
 * (with zeros after the sign when zero_pad). */
int __format_padded(__format_emit emit, void *context, const struct __format_spec *spec,
                    const char *sign, const char *body, int len, int split, int zeros,
                    int zero_pad)
{
    int sign_len = (int)strlen(sign);
    int fill = spec->width - sign_len - len - zeros;
    if (fill > 0 && !spec->left && !zero_pad)
        __format_pad(emit, context, ' ', fill);
    emit(context, sign, (size_t)sign_len);
    if (fill > 0 && !spec->left && zero_pad)
        __format_pad(emit, context, '0', fill);
    emit(context, body, (size_t)split);
    __format_pad(emit, context, '0', zeros);
    emit(context, body + split, (size_t)(len - split));
    if (fill > 0 && spec->left)
        __format_pad(emit, context, ' ', fill);
    return sign_len + len + zeros + (fill > 0 ? fill : 0);
}

static void pad(struct state *st, char c, int count)
{
    if (count > 0) {
        __format_pad(st->emit, st->context, c, count);
        st->count += count;
    }
}

/* Writes text padded to the width, honouring '-'. */
static void emit_field(struct state *st, const struct __format_spec *spec, const char *text,
                       size_t length)
{
    int fill = spec->width - (int)length;
    if (!spec->left)
        pad(st, ' ', fill);
    counting_emit(st, text, length);
    if (spec->left)
        pad(st, ' ', fill);
}

static unsigned base_of(int conversion)
{
    if (conversion == 'o')
        return 8;
    return conversion == 'x' || conversion == 'X' || conversion == 'p' ? 16 : 10;
}

/* Digits of value in base (16 or 8 or 10), most significant first, into the end of
 * buf; returns the start. */
static char *to_digits(unsigned long value, unsigned base, int upper, char *end)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *p = end;
    do {
        *--p = digits[value % base];
        value /= base;
    } while (value != 0);
    return p;
}

/* to_digits for long long (64-bit arithmetic: slower on the QPU, so only for ll). */
static char *to_digits_ll(unsigned long long value, unsigned base, int upper, char *end)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *p = end;
    do {
        *--p = digits[(int)(value % base)];
        value /= base;
    } while (value != 0);
    return p;
}

/* An integer conversion of the digits of a magnitude: sign or prefix, zeros for the
 * precision or the 0 flag, the digits, and padding to the width. */
static void emit_integer(struct state *st, const struct __format_spec *spec,
                         const char *digits, int ndigits, int negative)
{
    const char *prefix = "";
    int c = spec->conversion, zeros = 0, prefix_len, total;
    int is_zero = ndigits == 1 && digits[0] == '0';

    if (spec->precision == 0 && is_zero)
        ndigits = 0;
    if (spec->precision > ndigits)
        zeros = spec->precision - ndigits;
    if (c == 'o' && spec->alt && zeros == 0 && (ndigits == 0 || *digits != '0'))
        zeros = 1;
    if (negative)
        prefix = "-";
    else if ((c == 'd' || c == 'i') && spec->plus)
        prefix = "+";
    else if ((c == 'd' || c == 'i') && spec->space)
        prefix = " ";
    else if ((c == 'x' && spec->alt && !is_zero) || c == 'p')
        prefix = "0x";
    else if (c == 'X' && spec->alt && !is_zero)
        prefix = "0X";
    prefix_len = (int)strlen(prefix);
    total = prefix_len + zeros + ndigits;
    if (spec->zero && !spec->left && spec->precision < 0 && spec->width > total)
        zeros += spec->width - total, total = spec->width;
    if (!spec->left)
        pad(st, ' ', spec->width - total);
    counting_emit(st, prefix, (size_t)prefix_len);
    pad(st, '0', zeros);
    counting_emit(st, digits, (size_t)ndigits);
    if (spec->left)
        pad(st, ' ', spec->width - total);
}

static void emit_magnitude(struct state *st, const struct __format_spec *spec,
                           unsigned long magnitude, int negative)
{
    char buf[40];
    char *end = buf + sizeof buf;
    char *digits = to_digits(magnitude, base_of(spec->conversion), spec->conversion == 'X', end);
    emit_integer(st, spec, digits, (int)(end - digits), negative);
}

static void emit_magnitude_ll(struct state *st, const struct __format_spec *spec,
                              unsigned long long magnitude, int negative)
{
    char buf[40];
    char *end = buf + sizeof buf;
    char *digits = to_digits_ll(magnitude, base_of(spec->conversion), spec->conversion == 'X',
                                end);
    emit_integer(st, spec, digits, (int)(end - digits), negative);
}

static void emit_string(struct state *st, const struct __format_spec *spec, const char *s)
{
    size_t length;
    if (s == NULL)
        s = spec->precision < 0 || spec->precision >= 6 ? "(null)" : "";
    length = spec->precision < 0 ? strlen(s) : strnlen(s, (size_t)spec->precision);
    emit_field(st, spec, s, length);
}

/* Reads the flags of one conversion into a cleared spec; returns what follows them. */
static const char *parse_flags(const char *f, struct __format_spec *spec)
{
    memset(spec, 0, sizeof *spec);
    for (;; f++) {
        if (*f == '-')
            spec->left = 1;
        else if (*f == '+')
            spec->plus = 1;
        else if (*f == ' ')
            spec->space = 1;
        else if (*f == '#')
            spec->alt = 1;
        else if (*f == '0')
            spec->zero = 1;
        else
            return f;
    }
}

static const char *parse_number(const char *f, int *value)
{
    int n = 0;
    while (*f >= '0' && *f <= '9') {
        if (n < 100000000)
            n = n * 10 + (*f - '0');
        f++;
    }
    *value = n;
    return f;
}

static const char *parse_length(const char *f, enum length *length)
{
    *length = LEN_NONE;
    if (f[0] == 'h' && f[1] == 'h')
        *length = LEN_HH, f += 2;
    else if (*f == 'h')
        *length = LEN_H, f++;
    else if (f[0] == 'l' && f[1] == 'l')
        *length = LEN_LL, f += 2;
    else if (*f == 'l')
        *length = LEN_L, f++;
    else if (*f == 'j')  /* intmax_t: as wide as long or as long long */
        *length = sizeof(intmax_t) == sizeof(long) ? LEN_L : LEN_LL, f++;
    else if (*f == 'z')
        *length = LEN_Z, f++;
    else if (*f == 't')
        *length = LEN_T, f++;
    else if (*f == 'L')  /* long double: one word, binary32 like float and double */
        f++;
    return f;
}

/* Reads "[*|digits][.[*|digits]]" into spec, taking '*' values from the arguments. */
static const char *parse_width_precision(const char *f, struct __format_spec *spec,
                                         va_list *ap)
{
    spec->width = -1;
    spec->precision = -1;
    if (*f == '*') {
        spec->width = va_arg(*ap, int);
        if (spec->width < 0)
            spec->left = 1, spec->width = -spec->width;
        f++;
    } else if (*f >= '0' && *f <= '9') {
        f = parse_number(f, &spec->width);
    }
    if (*f == '.') {
        f++;
        if (*f == '*') {
            spec->precision = va_arg(*ap, int);
            if (spec->precision < 0)
                spec->precision = -1;
            f++;
        } else {
            f = parse_number(f, &spec->precision);
        }
    }
    return f;
}

static long signed_argument(enum length length, va_list *ap)
{
    long v;
    if (length == LEN_L || length == LEN_Z || length == LEN_T)
        v = va_arg(*ap, long);
    else
        v = va_arg(*ap, int);
    if (length == LEN_H)
        v = (short)v;
    else if (length == LEN_HH)
        v = (signed char)v;
    return v;
}

static unsigned long unsigned_argument(enum length length, va_list *ap)
{
    unsigned long v;
    if (length == LEN_L || length == LEN_Z || length == LEN_T)
        v = va_arg(*ap, unsigned long);
    else
        v = va_arg(*ap, unsigned int);
    if (length == LEN_H)
        v = (unsigned short)v;
    else if (length == LEN_HH)
        v = (unsigned char)v;
    return v;
}

/* %n: the count of characters so far, stored through a pointer of the length's type. */
static void store_count(int count, enum length length, va_list *ap)
{
    switch (length) {
    case LEN_HH: *va_arg(*ap, signed char *) = (signed char)count; break;
    case LEN_H: *va_arg(*ap, short *) = (short)count; break;
    case LEN_L: *va_arg(*ap, long *) = count; break;
    case LEN_LL: *va_arg(*ap, long long *) = count; break;
    case LEN_Z: *va_arg(*ap, size_t *) = (size_t)count; break;
    case LEN_T: *va_arg(*ap, ptrdiff_t *) = count; break;
    default: *va_arg(*ap, int *) = count; break;
    }
}

/* One conversion (spec->conversion); returns 0 if the letter is not one. */
static int convert(struct state *st, struct __format_spec *spec, enum length length,
                   va_list *ap)
{
    switch (spec->conversion) {
    case 'd':
    case 'i':
        if (length == LEN_LL) {
            long long v = va_arg(*ap, long long);
            emit_magnitude_ll(st, spec, v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v,
                              v < 0);
        } else {
            long v = signed_argument(length, ap);
            emit_magnitude(st, spec, v < 0 ? 0 - (unsigned long)v : (unsigned long)v, v < 0);
        }
        return 1;
    case 'u':
    case 'x':
    case 'X':
    case 'o':
        if (length == LEN_LL)
            emit_magnitude_ll(st, spec, va_arg(*ap, unsigned long long), 0);
        else
            emit_magnitude(st, spec, unsigned_argument(length, ap), 0);
        return 1;
    case 'p': {
        void *p = va_arg(*ap, void *);
        if (p == NULL) {
            spec->precision = -1;
            emit_string(st, spec, "(nil)");
        } else {
            emit_magnitude(st, spec, (unsigned long)p, 0);
        }
        return 1;
    }
    case 'c': {
        char c = (char)va_arg(*ap, int);
        emit_field(st, spec, &c, 1);
        return 1;
    }
    case 's':
        emit_string(st, spec, va_arg(*ap, const char *));
        return 1;
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
        st->count += __format_float(st->emit, st->context, spec, (float)va_arg(*ap, double));
        return 1;
    case 'a':
    case 'A':
        st->count += __format_hex_float(st->emit, st->context, spec,
                                        (float)va_arg(*ap, double));
        return 1;
    case 'n':
        store_count(st->count, length, ap);
        return 1;
    case '%':
        counting_emit(st, "%", 1);
        return 1;
    default:
        break;
    }
    return 0;
}

int __format(__format_emit emit, void *context, const char *format, va_list ap)
{
    struct state st;
    struct __format_spec spec;
    enum length length;
    const char *f = format;
    va_list args;

    st.emit = emit;
    st.context = context;
    st.count = 0;
    va_copy(args, ap);  /* a local va_list, so helpers can take its address */
    while (*f) {
        const char *start = f;
        while (*f && *f != '%')
            f++;
        counting_emit(&st, start, (size_t)(f - start));
        if (*f == 0)
            break;
        start = f++;
        f = parse_flags(f, &spec);
        f = parse_width_precision(f, &spec, &args);
        f = parse_length(f, &length);
        spec.conversion = *f;
        if (!convert(&st, &spec, length, &args)) {
            /* Unknown conversion: copy it as it stands. */
            if (*f == 0)
                f--;
            counting_emit(&st, start, (size_t)(f + 1 - start));
        }
        f++;
    }
    va_end(args);
    return st.count;
}
