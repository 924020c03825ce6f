/* wcsstr.c - wcsstr: the first occurrence of a substring for wide strings. */
#include <wchar.h>

wchar_t *wcsstr(const wchar_t *haystack, const wchar_t *needle)
{
    size_t n = wcslen(needle);
    for (; *haystack; haystack++)
        if (wcsncmp(haystack, needle, n) == 0)
            return (wchar_t *)haystack;
    return n == 0 ? (wchar_t *)haystack : NULL;
}
