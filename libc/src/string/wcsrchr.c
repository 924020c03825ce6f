/* wcsrchr.c - wcsrchr: the last occurrence of a char in a string for wide strings. */
#include <wchar.h>

wchar_t *wcsrchr(const wchar_t *s, wchar_t c)
{
    const wchar_t *last = NULL;
    for (;; s++) {
        if (*s == c)
            last = s;
        if (!*s)
            return (wchar_t *)last;
    }
}
