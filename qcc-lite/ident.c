/* ident.c - the spelling of identifiers: extended characters written as UCNs
 * (`\u00C1`, `\U0001F600`) or in UTF-8 become one canonical UTF-8 spelling, so both
 * forms name the same identifier (C11 6.4.2.1, 6.4.3); the characters allowed are those
 * of C11 Annex D, plus `$` (a GNU extension). Names that are not plain ASCII
 * identifiers reach the assembler back-quoted (`@\`π\``, docs/qasm-extensions.md).
 */
#include <string.h>

#include "qcc.h"

typedef struct { unsigned lo, hi; } Range;

/* C11 D.1: the characters allowed in identifiers (beyond the basic ones). */
static const Range allowed[] = {
    {0xA8, 0xA8}, {0xAA, 0xAA}, {0xAD, 0xAD}, {0xAF, 0xAF}, {0xB2, 0xB5}, {0xB7, 0xBA},
    {0xBC, 0xBE}, {0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0xFF}, {0x100, 0x167F},
    {0x1681, 0x180D}, {0x180F, 0x1FFF}, {0x200B, 0x200D}, {0x202A, 0x202E},
    {0x203F, 0x2040}, {0x2054, 0x2054}, {0x2060, 0x206F}, {0x2070, 0x218F},
    {0x2460, 0x24FF}, {0x2776, 0x2793}, {0x2C00, 0x2DFF}, {0x2E80, 0x2FFF},
    {0x3004, 0x3007}, {0x3021, 0x302F}, {0x3031, 0x303F}, {0x3040, 0xD7FF},
    {0xF900, 0xFD3D}, {0xFD40, 0xFDCF}, {0xFDF0, 0xFE44}, {0xFE47, 0xFFFD},
};

/* C11 D.2: allowed, but not as the first character. */
static const Range not_initial[] = {
    {0x300, 0x36F}, {0x1DC0, 0x1DFF}, {0x20D0, 0x20FF}, {0xFE20, 0xFE2F},
};

static bool in_ranges(unsigned c, const Range *r, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (c >= r[i].lo && c <= r[i].hi)
            return true;
    return false;
}

static bool annex_d_allowed(unsigned c)
{
    if (c >= 0x10000 && c <= 0xEFFFD)
        return (c & 0xFFFF) <= 0xFFFD; /* 10000-1FFFD, ..., E0000-EFFFD */
    return in_ranges(c, allowed, sizeof allowed / sizeof allowed[0]);
}

static int hexval(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* Decodes one UTF-8 sequence (the scanner matched a well-formed lead and continuation
 * bytes); returns its length, or 0 if it is overlong or a surrogate. */
static int utf8_decode(const unsigned char *s, unsigned *out)
{
    int n = *s >= 0xF0 ? 4 : *s >= 0xE0 ? 3 : 2;
    unsigned c = *s & (0x7Fu >> n);
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = c << 6 | (s[i] & 0x3Fu);
    }
    static const unsigned min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < min[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *out = c;
    return n;
}

static char *utf8_put(char *o, unsigned c)
{
    if (c < 0x80) {
        *o++ = (char)c;
    } else if (c < 0x800) {
        *o++ = (char)(0xC0 | c >> 6);
        *o++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *o++ = (char)(0xE0 | c >> 12);
        *o++ = (char)(0x80 | (c >> 6 & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else {
        *o++ = (char)(0xF0 | c >> 18);
        *o++ = (char)(0x80 | (c >> 12 & 0x3F));
        *o++ = (char)(0x80 | (c >> 6 & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    }
    return o;
}

/* Checks one extended character of an identifier; NULL if it is fine. */
static const char *check_char(unsigned c, bool first, bool ucn)
{
    if (ucn && c == '$')
        return NULL; /* gcc: \u0024 is `$` */
    if (ucn && (c < 0xA0 || (c >= 0xD800 && c <= 0xDFFF)))
        return "is not valid in an identifier";
    if (!annex_d_allowed(c))
        return "is not valid in an identifier";
    if (first && in_ranges(c, not_initial, sizeof not_initial / sizeof not_initial[0]))
        return "is not valid at the start of an identifier";
    return NULL;
}

const char *ident_canonical(const char *text, Loc loc, int *errors)
{
    const char *q = text;
    while (*q && *q != '\\' && (unsigned char)*q < 0x80)
        q++;
    if (!*q)
        return text; /* plain ASCII */
    char *out = arena_alloc(strlen(text) + 1), *o = out;
    for (const char *p = text; *p;) {
        unsigned c;
        bool ucn = *p == '\\';
        int len;
        if (ucn) {
            len = p[1] == 'u' ? 6 : 10;
            c = 0;
            for (int i = 2; i < len; i++)
                c = c << 4 | (unsigned)hexval(p[i]);
        } else if ((unsigned char)*p < 0x80) {
            *o++ = *p++;
            continue;
        } else if (!(len = utf8_decode((const unsigned char *)p, &c))) {
            diag_error_at(loc, "invalid UTF-8 character in identifier");
            ++*errors;
            return text;
        }
        const char *why = check_char(c, p == text, ucn);
        if (why) {
            diag_error_at(loc, "%s %s", ucn ? arena_printf("universal character %.*s", len, p)
                          : arena_printf("extended character U+%04X", c), why);
            ++*errors;
        }
        o = utf8_put(o, c);
        p += len;
    }
    *o = 0;
    return out;
}

/* A plain assembler name segment: [A-Za-z_$][A-Za-z0-9_$]* (qasm's NSEG). */
static bool plain_asm_name(const char *s)
{
    if (!*s || (*s >= '0' && *s <= '9'))
        return false;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s, lower = c | 0x20;
        if (!(c == '_' || c == '$' || (c >= '0' && c <= '9') || (lower >= 'a' && lower <= 'z')))
            return false;
    }
    return true;
}

char *asm_symbol(const char *name)
{
    return plain_asm_name(name) ? arena_printf("@%s", name) : arena_printf("@`%s`", name);
}

int ident_utf8_codepoints(const char *s, int *out)
{
    int n = 0;
    while (*s) {
        unsigned c = (unsigned char)*s;
        int len = c < 0x80 ? 1 : utf8_decode((const unsigned char *)s, &c);
        if (len == 0)
            len = 1, c = (unsigned char)*s;
        if (out)
            out[n] = (int)c;
        n++;
        s += len;
    }
    return n;
}

char *ident_from_codepoints(const int *cp, int n)
{
    char *out = arena_alloc((size_t)n * 4 + 1), *o = out;
    for (int i = 0; i < n; i++)
        o = utf8_put(o, cp[i] > 0 && cp[i] <= 0x10FFFF ? (unsigned)cp[i] : '?');
    *o = 0;
    return out;
}
