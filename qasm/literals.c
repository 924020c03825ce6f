/* literals.c - values of number, float and string literals (shared/spec/qasm.md §Literals). */
#include "asm.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

uint32_t literal_number(const char *text, bool *wide)
{
    bool neg = *text == '-';
    const char *p = text + neg;
    unsigned base = 10;
    if (p[0] == '0' && p[1] == 'x')
        base = 16, p += 2;
    else if (p[0] == '0' && p[1] == 'b')
        base = 2, p += 2;
    uint64_t v = 0;
    bool big = false;
    for (; *p; p++) {
        unsigned d = *p <= '9' ? (unsigned)(*p - '0') : (unsigned)((*p | 0x20) - 'a' + 10);
        v = v * base + d;
        if (v > 0xFFFFFFFFu) {
            big = true;
            v &= 0xFFFFFFFFu;
        }
    }
    *wide = big || (neg && v > 0x80000000u);
    uint32_t w = (uint32_t)v;
    return neg ? 0u - w : w;
}

bool literal_float(const char *text, uint32_t *bits)
{
    bool neg = *text == '-';
    const char *p = text + neg;
    float f;
    if (strcmp(p, "Inf") == 0) {
        f = neg ? -INFINITY : INFINITY;
    } else if (strcmp(p, "NaN") == 0) {
        *bits = 0x7FC00000u;
        return true;
    } else {
        /* As the reference: parse to a double, then round that to binary32. */
        errno = 0;
        double d = strtod(text, NULL);
        if (errno == ERANGE && isinf(d))
            return false;
        if (fabs(d) >= 0x1.ffffffp127) /* at or past the rounding boundary of FLT_MAX */
            f = d < 0 ? -INFINITY : INFINITY;
        else
            f = (float)d;
    }
    memcpy(bits, &f, sizeof *bits);
    return true;
}

/* One UTF-8 sequence at s (n bytes available) -> code point; returns its length or 0. */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    size_t len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
    if (len == 0 || s[0] > 0xF4 || len > n)
        return 0;
    uint32_t v = s[0] & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (s[i] & 0x3F);
    }
    static const uint32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

bool literal_string(const char *body, size_t len, uint32_t **chars, size_t *nchars,
                    size_t *bad_at, const char **why)
{
    const unsigned char *s = (const unsigned char *)body;
    uint32_t *out = arena_alloc((len + 1) * sizeof *out);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        if (s[i] == '\\') {
            char e = i + 1 < len ? (char)s[i + 1] : '\0';
            if (e != '\\' && e != '\'' && e != 'n') {
                *bad_at = i;
                *why = "unknown escape sequence (only \\\\, \\' and \\n exist)";
                return false;
            }
            out[n++] = e == 'n' ? '\n' : (uint32_t)e;
            i += 2;
            continue;
        }
        size_t k = utf8_decode(s + i, len - i, &out[n]);
        if (k == 0) {
            *bad_at = i;
            *why = "invalid UTF-8 in string";
            return false;
        }
        n++;
        i += k;
    }
    *chars = out;
    *nchars = n;
    return true;
}
