/* wcscpy.c - wcscpy: copy of a string for wide strings. */
#include <wchar.h>

wchar_t *wcscpy(wchar_t *dst, const wchar_t *src)
{
    wchar_t *d = dst;
    while ((*d++ = *src++) != 0)
        ;
    return dst;
}
