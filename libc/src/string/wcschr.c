/* wcschr.c - wcschr: the first occurrence of a char in a string for wide strings. */
#include <wchar.h>

wchar_t *wcschr(const wchar_t *s, wchar_t c)
{
    for (;; s++) {
        if (*s == c)
            return (wchar_t *)s;
        if (!*s)
            return NULL;
    }
}
