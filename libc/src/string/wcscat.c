/* wcscat.c - wcscat: appending a string for wide strings. */
#include <wchar.h>

wchar_t *wcscat(wchar_t *dst, const wchar_t *src)
{
    wcscpy(dst + wcslen(dst), src);
    return dst;
}
