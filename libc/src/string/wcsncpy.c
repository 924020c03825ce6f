/* wcsncpy.c - wcsncpy: copy of at most n chars, the rest zeroed for wide strings. */
#include <wchar.h>

wchar_t *wcsncpy(wchar_t *dst, const wchar_t *src, size_t n)
{
    size_t i = 0;
    for (; i < n && src[i]; i++)
        dst[i] = src[i];
    for (; i < n; i++)
        dst[i] = 0;
    return dst;
}
