/* scan.c - the scanf engine shared by sscanf, fscanf and scanf: reads characters from a
 * source with one character of push-back (a string or a stream), matches the format,
 * converts and stores. Conversions: d i u o x X p (integers through strtol/strtoul),
 * f e g E G a A (strtof: decimal or hexadecimal), c s [set] n %, with '*', a maximum width and the lengths hh h l
 * ll j z t. The result is the number of assignments, or EOF if input ended before the first
 * assignment (as glibc counts). */
#include <ctype.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include "../libc_internal.h"

#define NUMBER_MAX 64  /* longest number text considered */

struct reader {
    const struct __scan_source *source;
    int count;  /* characters consumed, for %n */
};

static int next(struct reader *r)
{
    int c = r->source->get(r->source->context);
    if (c != -1)
        r->count++;
    return c;
}

static void back(struct reader *r, int c)
{
    if (c != -1) {
        r->source->unget(c, r->source->context);
        r->count--;
    }
}

static void skip_space(struct reader *r)
{
    int c;
    do
        c = next(r);
    while (isspace(c));
    back(r, c);
}

static int digit_in_base(int c, int base)
{
    if (isdigit(c))
        return c - '0' < base;
    if (base == 16)
        return isxdigit(c);
    return 0;
}

/* Collects the text of an integer in `base` (0: by prefix, as strtol) into text;
 * returns its length (0: no digits). */
static int read_integer(struct reader *r, int width, int base, char *text)
{
    int n = 0, c = next(r), digits = 0;
    if ((c == '+' || c == '-') && n < width) {
        text[n++] = (char)c;
        c = next(r);
    }
    if ((base == 0 || base == 16) && c == '0' && n < width) {
        text[n++] = (char)c;
        digits = 1;
        c = next(r);
        if ((c == 'x' || c == 'X') && n < width) {
            text[n++] = (char)c;
            c = next(r);
            base = 16;
            digits = 0;  /* "0x" alone is no number... */
        } else if (base == 0) {
            base = 8;
        }
    }
    if (base == 0)
        base = 10;
    while (n < width && n < NUMBER_MAX - 1 && digit_in_base(c, base)) {
        text[n++] = (char)c;
        digits++;
        c = next(r);
    }
    back(r, c);
    text[n] = 0;
    if (digits == 0 && n >= 2 && (text[n - 1] == 'x' || text[n - 1] == 'X'))
        return n - 1;  /* ...but its "0" is (the x cannot be pushed back too) */
    return digits > 0 ? n : 0;
}

/* Appends the characters for which `accept` holds (up to the width) to text at n. */
static int collect(struct reader *r, int width, char *text, int n, int *c,
                   int (*accept)(int), int *count)
{
    for (; n < width && n < NUMBER_MAX - 1 && accept(*c); ++*count, *c = next(r))
        text[n++] = (char)*c;
    return n;
}

/* The rest of a hexadecimal float after its "0x" (text[0..n) so far, c the x): hex
 * digits, a point, hex digits, a binary exponent p[+-]digits. */
static int read_hex_real(struct reader *r, int width, char *text, int n, int c)
{
    int digits = 0, exponent_digits = 0;
    text[n++] = (char)c;
    c = next(r);
    n = collect(r, width, text, n, &c, isxdigit, &digits);
    if (c == '.' && n < width) {
        text[n++] = (char)c;
        c = next(r);
        n = collect(r, width, text, n, &c, isxdigit, &digits);
    }
    if (digits > 0 && (c == 'p' || c == 'P') && n < width) {
        text[n++] = (char)c;
        c = next(r);
        if ((c == '+' || c == '-') && n < width) {
            text[n++] = (char)c;
            c = next(r);
        }
        n = collect(r, width, text, n, &c, isdigit, &exponent_digits);
    }
    back(r, c);
    text[n] = 0;
    return digits > 0 ? n : 0; /* "0x" alone is a matching failure, as with glibc */
}

/* Collects the text of a floating-point number (decimal or hexadecimal, or inf/nan)
 * into text. */
static int read_real(struct reader *r, int width, char *text)
{
    int n = 0, c = next(r), digits = 0;
    if ((c == '+' || c == '-') && n < width) {
        text[n++] = (char)c;
        c = next(r);
    }
    if (c == '0' && n < width) {
        text[n++] = (char)c;
        digits++;
        c = next(r);
        if ((c == 'x' || c == 'X') && n < width)
            return read_hex_real(r, width, text, n, c);
    }
    if (c == 'i' || c == 'I' || c == 'n' || c == 'N') {
        while (n < width && n < NUMBER_MAX - 1 && isalpha(c)) {
            text[n++] = (char)c;
            c = next(r);
        }
        back(r, c);
        text[n] = 0;
        return n;
    }
    for (; n < width && n < NUMBER_MAX - 1 && isdigit(c); digits++, c = next(r))
        text[n++] = (char)c;
    if (c == '.' && n < width) {
        text[n++] = (char)c;
        for (c = next(r); n < width && n < NUMBER_MAX - 1 && isdigit(c); digits++, c = next(r))
            text[n++] = (char)c;
    }
    if (digits > 0 && (c == 'e' || c == 'E') && n < width) {
        text[n++] = (char)c;
        c = next(r);
        if ((c == '+' || c == '-') && n < width) {
            text[n++] = (char)c;
            c = next(r);
        }
        while (n < width && n < NUMBER_MAX - 1 && isdigit(c)) {
            text[n++] = (char)c;
            c = next(r);
        }
    }
    back(r, c);
    text[n] = 0;
    return digits > 0 ? n : 0;
}

/* Parses a %[...] set after the '['; returns the position of its closing ']'. */
static const char *scan_set(const char *f, int *negate)
{
    *negate = *f == '^';
    if (*negate)
        f++;
    if (*f == ']')
        f++;
    while (*f && *f != ']')
        f++;
    return f;
}

static int in_set(int c, const char *set, const char *end)
{
    const char *p;
    if (*set == '^')
        set++;
    for (p = set; p < end; p++) {
        if (p[1] == '-' && p + 2 < end) {
            if (c >= (unsigned char)p[0] && c <= (unsigned char)p[2])
                return 1;
            p += 2;
        } else if (c == (unsigned char)*p) {
            return 1;
        }
    }
    return 0;
}

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL };

static void store_integer(void *p, enum length length, long value)
{
    if (length == LEN_HH)
        *(signed char *)p = (signed char)value;
    else if (length == LEN_H)
        *(short *)p = (short)value;
    else if (length == LEN_L)
        *(long *)p = value;
    else if (length == LEN_LL)
        *(long long *)p = value;
    else
        *(int *)p = (int)value;
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
    else if (*f == 'l' || *f == 'z' || *f == 't')
        *length = LEN_L, f++;
    else if (*f == 'j')  /* intmax_t: as wide as long or as long long */
        *length = sizeof(intmax_t) == sizeof(long) ? LEN_L : LEN_LL, f++;
    else if (*f == 'L')  /* long double: one word, binary32 like float and double */
        f++;
    return f;
}

/* Characters for %c, %s and %[: returns 0 on a matching failure. */
static int scan_chars(struct reader *r, int conv, int width, const char *set, const char *set_end,
                      char *out)
{
    int n = 0, c;
    if (width < 0)
        width = conv == 'c' ? 1 : 0x7FFFFFFF;
    while (n < width) {
        c = next(r);
        if (c == -1 || (conv == 's' && isspace(c)) ||
            (conv == '[' && in_set(c, set, set_end) == (*set == '^'))) {
            back(r, c);
            break;
        }
        if (out)
            out[n] = (char)c;
        n++;
    }
    if (n == 0)
        return 0;  /* (a %c cut short by the end of input keeps what it read) */
    if (out && conv != 'c')
        out[n] = 0;
    return 1;
}

/* One %-directive of the format. */
struct conversion {
    int suppress;                /* '*' */
    int width;                   /* -1: none */
    enum length length;
    int letter;
    const char *set, *set_end;   /* %[: the set, from after '[' up to its ']' */
};

/* Parses a directive after its '%'; returns what follows it, or NULL if the format
 * ends inside it. */
static const char *parse_conversion(const char *f, struct conversion *cv)
{
    int negate;
    cv->suppress = *f == '*';
    if (cv->suppress)
        f++;
    cv->width = -1;
    if (isdigit((unsigned char)*f)) {
        cv->width = 0;
        while (isdigit((unsigned char)*f))
            cv->width = cv->width * 10 + (*f++ - '0');
    }
    f = parse_length(f, &cv->length);
    cv->letter = *f;
    if (cv->letter == 0)
        return NULL;
    f++;
    cv->set = cv->set_end = f;
    if (cv->letter == '[') {
        cv->set_end = scan_set(f, &negate);
        f = *cv->set_end ? cv->set_end + 1 : cv->set_end;
    }
    return f;
}

/* Performs one conversion other than %n; returns 0 on a matching failure. */
static int scan_one(struct reader *r, const struct conversion *cv, va_list *ap)
{
    char text[NUMBER_MAX];
    int c = cv->letter, width = cv->width < 0 ? NUMBER_MAX : cv->width;
    if (c == 'c' || c == 's' || c == '[')
        return scan_chars(r, c, cv->width, cv->set, cv->set_end,
                          cv->suppress ? NULL : va_arg(*ap, char *));
    if (strchr("diuoxXp", c)) {
        int base = c == 'd' || c == 'u' ? 10 : c == 'i' ? 0 : c == 'o' ? 8 : 16;
        if (read_integer(r, width, base, text) == 0)
            return 0;
        if (cv->suppress)
            return 1;
        if (c == 'p')
            *va_arg(*ap, void **) = (void *)strtoul(text, NULL, 16);
        else if (cv->length == LEN_LL && (c == 'd' || c == 'i'))
            *va_arg(*ap, long long *) = strtoll(text, NULL, base);
        else if (cv->length == LEN_LL)
            *va_arg(*ap, unsigned long long *) = strtoull(text, NULL, base);
        else if (c == 'd' || c == 'i')
            store_integer(va_arg(*ap, void *), cv->length, strtol(text, NULL, base));
        else
            store_integer(va_arg(*ap, void *), cv->length, (long)strtoul(text, NULL, base));
        return 1;
    }
    if (strchr("feEgGaA", c)) {
        if (read_real(r, width, text) == 0)
            return 0;
        if (cv->suppress)
            return 1;
        if (cv->length == LEN_L)
            *va_arg(*ap, double *) = strtod(text, NULL);
        else
            *va_arg(*ap, float *) = strtof(text, NULL);
        return 1;
    }
    return 0;  /* unknown conversion */
}

/* Matches one ordinary character of the format (or "%%"); returns 0 on a mismatch,
 * -1 at the end of input. */
static int match_literal(struct reader *r, int literal)
{
    int c;
    if (literal == '%')
        skip_space(r);
    c = next(r);
    if (c == literal)
        return 1;
    back(r, c);
    return c == -1 ? -1 : 0;
}

int __scan(const struct __scan_source *source, const char *format, va_list ap)
{
    struct reader r;
    struct conversion cv;
    const char *f = format;
    int assigned = 0, ended = 0, c;
    va_list args;

    r.source = source;
    r.count = 0;
    va_copy(args, ap);  /* a local va_list, so helpers can take its address */
    while (*f) {
        if (isspace((unsigned char)*f)) {
            skip_space(&r);
            f++;
            continue;
        }
        if (*f != '%' || f[1] == '%') {
            c = match_literal(&r, (unsigned char)*f);
            ended = c < 0;
            if (c <= 0)
                break;
            f += *f == '%' ? 2 : 1;
            continue;
        }
        f = parse_conversion(f + 1, &cv);
        if (f == NULL)
            break;
        if (cv.letter == 'n') {
            if (!cv.suppress)
                store_integer(va_arg(args, int *), cv.length, r.count);
            continue;
        }
        if (cv.letter != 'c' && cv.letter != '[')
            skip_space(&r);
        c = next(&r);
        back(&r, c);
        ended = c == -1;
        if (ended || !scan_one(&r, &cv, &args))
            break;
        if (!cv.suppress)
            assigned++;
    }
    va_end(args);
    return ended && assigned == 0 ? -1 : assigned;
}
