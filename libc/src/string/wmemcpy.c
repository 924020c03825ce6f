/* wmemcpy.c - wmemcpy: copy of n chars for wide chars. */
#include <wchar.h>

wchar_t *wmemcpy(wchar_t *dst, const wchar_t *src, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = src[i];
    return dst;
}
