/* mbstowcs.c - mbstowcs: a multibyte string to a wide string. */
#include <stdlib.h>
#include <wchar.h>

size_t mbstowcs(wchar_t *dst, const char *src, size_t n)
{
    return mbsrtowcs(dst, &src, n, NULL);
}
