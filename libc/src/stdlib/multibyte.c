/* multibyte.c - conversions between char text and wchar_t (<stdlib.h>, <wchar.h>). On
 * the QPU a char holds a whole code point, so every character is one char: converting
 * copies the value, and a value that is not a Unicode scalar value (negative, above
 * 0x10FFFF or a surrogate) is an encoding error (EILSEQ). There is no shift state. */
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

static int is_code_point(long c)
{
    return c >= 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

int mblen(const char *s, size_t n)
{
    return mbtowc(NULL, s, n);
}

int mbtowc(wchar_t *pwc, const char *s, size_t n)
{
    if (s == NULL)
        return 0; /* stateless */
    if (n == 0 || !is_code_point(*s)) {
        errno = EILSEQ;
        return -1;
    }
    if (pwc)
        *pwc = *s;
    return *s != 0;
}

int wctomb(char *s, wchar_t wc)
{
    if (s == NULL)
        return 0;
    if (!is_code_point(wc)) {
        errno = EILSEQ;
        return -1;
    }
    *s = (char)wc;
    return 1;
}

size_t mbstowcs(wchar_t *dst, const char *src, size_t n)
{
    return mbsrtowcs(dst, &src, n, NULL);
}

size_t wcstombs(char *dst, const wchar_t *src, size_t n)
{
    return wcsrtombs(dst, &src, n, NULL);
}

wint_t btowc(int c)
{
    return c == EOF || !is_code_point(c) ? WEOF : (wint_t)c;
}

int wctob(wint_t c)
{
    return is_code_point(c) ? c : EOF;
}

int mbsinit(const mbstate_t *ps)
{
    (void)ps;
    return 1;
}

size_t mbrlen(const char *s, size_t n, mbstate_t *ps)
{
    return mbrtowc(NULL, s, n, ps);
}

size_t mbrtowc(wchar_t *pwc, const char *s, size_t n, mbstate_t *ps)
{
    (void)ps;
    if (s == NULL)
        return 0;
    if (n == 0)
        return (size_t)-2; /* incomplete: nothing to look at */
    int r = mbtowc(pwc, s, n);
    return r < 0 ? (size_t)-1 : (size_t)r;
}

size_t wcrtomb(char *s, wchar_t wc, mbstate_t *ps)
{
    (void)ps;
    if (s == NULL)
        return 1;
    int r = wctomb(s, wc);
    return r < 0 ? (size_t)-1 : (size_t)r;
}

/* Copies characters up to the terminator or n of them; *src is left after the last one
 * converted (NULL when the terminator was reached); dst NULL only counts. */
size_t mbsrtowcs(wchar_t *dst, const char **src, size_t n, mbstate_t *ps)
{
    (void)ps;
    const char *s = *src;
    size_t i = 0;
    for (; dst == NULL || i < n; i++, s++) {
        if (!is_code_point(*s)) {
            errno = EILSEQ;
            if (dst)
                *src = s;
            return (size_t)-1;
        }
        if (dst)
            dst[i] = *s;
        if (*s == 0) {
            if (dst)
                *src = NULL;
            return i;
        }
    }
    *src = s;
    return i;
}

size_t wcsrtombs(char *dst, const wchar_t **src, size_t n, mbstate_t *ps)
{
    (void)ps;
    const wchar_t *s = *src;
    size_t i = 0;
    for (; dst == NULL || i < n; i++, s++) {
        if (!is_code_point(*s)) {
            errno = EILSEQ;
            if (dst)
                *src = s;
            return (size_t)-1;
        }
        if (dst)
            dst[i] = (char)*s;
        if (*s == 0) {
            if (dst)
                *src = NULL;
            return i;
        }
    }
    *src = s;
    return i;
}
