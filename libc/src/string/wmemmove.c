/* wmemmove.c - wmemmove: copy of n chars between areas that may overlap for wide chars. */
#include <wchar.h>

wchar_t *wmemmove(wchar_t *dst, const wchar_t *src, size_t n)
{
    if (dst < src)
        return wmemcpy(dst, src, n);
    while (n-- > 0)
        dst[n] = src[n];
    return dst;
}
